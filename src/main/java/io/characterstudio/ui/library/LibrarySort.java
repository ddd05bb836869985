package io.characterstudio.ui.library;

import java.util.Comparator;

/**
 * The library's sorts and their orders: names in natural order ("Ann 2" before "Ann 10"), then the
 * ID; the newest opened or created first, then by name. One comparator object per sort, so that
 * {@link LibraryFilter} can tell a sort it already has.
 */
public enum LibrarySort {
    NAME("Name"),
    LAST_OPENED("Last opened"),
    CREATED("Created");

    private final String label;

    LibrarySort(String label) {
        this.label = label;
    }

    /** The order of {@code sort} (by name when null). */
    static Comparator<LibraryItem> order(LibrarySort sort) {
        return switch (sort == null ? NAME : sort) {
            case NAME -> Orders.BY_NAME;
            case LAST_OPENED -> Orders.BY_LAST_OPENED;
            case CREATED -> Orders.BY_CREATED;
        };
    }

    /** The label the sort menu shows. */
    @Override
    public String toString() {
        return label;
    }

    private static final class Orders {
        static final Comparator<LibraryItem> BY_NAME =
                Comparator.comparing(LibraryItem::name, NaturalOrder.INSTANCE).thenComparing(LibraryItem::id);
        static final Comparator<LibraryItem> BY_LAST_OPENED =
                Comparator.comparing(LibraryItem::lastOpened).reversed().thenComparing(BY_NAME);
        static final Comparator<LibraryItem> BY_CREATED =
                Comparator.comparing(LibraryItem::added).reversed().thenComparing(BY_NAME);
    }
}
