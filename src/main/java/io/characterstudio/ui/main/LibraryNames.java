package io.characterstudio.ui.main;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.ui.library.LibraryItem;
import java.util.List;
import java.util.Locale;

/**
 * Names of the library for the open dialog: the names it suggests, and the rows a typed name
 * matches. Only rows that can be opened count (not those marked deleted or missing).
 */
final class LibraryNames {

    private LibraryNames() {}

    /** The distinct names of the openable rows, sorted ignoring case, for suggestions as the user types. */
    static List<String> suggestions(List<LibraryItem> rows) {
        return rows.stream()
                .filter(LibraryNames::openable)
                .map(LibraryItem::name)
                .filter(name -> name != null && !name.isBlank())
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    /** The openable rows whose name equals {@code typed}, ignoring case and the spaces around either. */
    static List<LibraryItem> named(List<LibraryItem> rows, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(LibraryNames::openable)
                .filter(row -> row.name() != null
                        && row.name().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
    }

    private static boolean openable(LibraryItem row) {
        return row.status() != KnownCharacter.Status.DELETED && row.status() != KnownCharacter.Status.MISSING;
    }
}
