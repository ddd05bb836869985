package io.characterstudio.ui.library;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the library shows (a piece of {@link LibraryViewModel}): filters and sorts a snapshot of
 * all rows off the FX thread ({@link LibraryFilter}, the newest query winning), puts the result in
 * place on the FX thread, and says how many are shown and hidden. Tells whether the rows are being
 * changed right now, when a list view's selection moves by itself.
 */
final class ShownRows {

    private final ObservableList<LibraryItem> visible = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hiddenText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(LibraryTexts.OPENING);
    private final LibraryFilter filterer;
    private final BooleanProperty loaded;
    /** The rows as the last filter saw them; null once they changed (a new snapshot is sorted once). */
    private List<LibraryItem> snapshot;

    private boolean changingRows;

    /** @param loaded whether the library was read once (until then the count says "Opening…") */
    ShownRows(Executor filtering, Executor ui, BooleanProperty loaded) {
        this.filterer = new LibraryFilter(filtering, ui, this::show);
        this.loaded = loaded;
    }

    /** All rows changed: the next filter takes a new snapshot of them. */
    void rowsChanged() {
        snapshot = null;
    }

    /** Filters and sorts (a snapshot of) {@code all} off the FX thread; gone rows only when {@code showGone}. */
    void filter(List<LibraryItem> all, LibraryQuery query, boolean showGone, Comparator<LibraryItem> order) {
        if (snapshot == null) {
            snapshot = List.copyOf(all);
        }
        filterer.run(snapshot, query, showGone, order);
    }

    /**
     * The newest query's rows replace the shown ones (on the FX thread); when they are the same
     * rows in the same order (a row read again after an open), only the changed rows are set.
     */
    private void show(LibraryFilter.Result result) {
        changing(() -> {
            if (!LibraryRows.replaceInPlace(visible, result.rows())) {
                visible.setAll(result.rows());
            }
        });
        countText.set(loaded.get() ? result.countText() : LibraryTexts.OPENING);
        hiddenText.set(result.hiddenText());
    }

    /** Runs {@code change} of the rows, during which {@link #changingRows()} is true. */
    void changing(Runnable change) {
        changingRows = true;
        try {
            change.run();
        } finally {
            changingRows = false;
        }
    }

    boolean changingRows() {
        return changingRows;
    }

    ObservableList<LibraryItem> visible() {
        return visible;
    }

    ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty hiddenTextProperty() {
        return hiddenText.getReadOnlyProperty();
    }
}
