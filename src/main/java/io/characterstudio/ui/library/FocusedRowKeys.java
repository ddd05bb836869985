package io.characterstudio.ui.library;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

/**
 * Keeps a list's focused row (the frame the arrow keys move from) when its rows are read again: a
 * list whose rows are replaced forgets its focused row, and a keyboard user's next arrow key then
 * starts from nowhere (clearing the selection clears it too). After a change that left no row focused, the row with the same ID is
 * focused again, else the row now at the same place (the last row when there are fewer): after a
 * delete, the row that took the deleted one's place.
 */
final class FocusedRowKeys {

    private FocusedRowKeys() {}

    static <T> void install(ListView<T> list, Function<T, String> idOf) {
        String[] lastId = {null};
        int[] lastIndex = {-1};
        Runnable restore = () -> {
            if (list.getFocusModel().getFocusedIndex() >= 0 || list.getItems().isEmpty() || lastIndex[0] < 0) {
                return;
            }
            int at = Math.min(lastIndex[0], list.getItems().size() - 1);
            for (int i = 0; i < list.getItems().size(); i++) {
                if (idOf.apply(list.getItems().get(i)).equals(lastId[0])) {
                    at = i;
                }
            }
            list.getFocusModel().focus(at);
        };
        list.getFocusModel().focusedIndexProperty().addListener((obs, was, now) -> {
            int i = now.intValue();
            if (i >= 0 && i < list.getItems().size()) {
                lastIndex[0] = i;
                lastId[0] = idOf.apply(list.getItems().get(i));
            } else {
                Platform.runLater(restore); // cleared with the selection, or by rows read again
            }
        });
        list.getItems().addListener((ListChangeListener<T>) c -> Platform.runLater(restore));
    }

    /**
     * Puts the focus on {@code list} and its focused row on row {@code index} (the last row when
     * there are fewer), without selecting it, once its rows no longer hold {@code goneId}: at once
     * (after the events already queued) when they do not, else after their next change. The rows
     * are filtered off the FX thread, so after a delete they may come after the delete completed;
     * a focus placed on the old rows was then moved to the first row by the new ones. After the
     * events the change queued (the selection put back, which clears the focused row and has
     * {@link #install}'s keeper put it back on the same row).
     */
    static <T> void inPlaceOf(ListView<T> list, Function<T, String> idOf, String goneId, int index) {
        Runnable focus = () -> Platform.runLater(() -> {
            list.requestFocus();
            if (!list.getItems().isEmpty()) {
                list.getFocusModel()
                        .focus(Math.max(0, Math.min(index, list.getItems().size() - 1)));
            }
        });
        if (list.getItems().stream().noneMatch(row -> idOf.apply(row).equals(goneId))) {
            focus.run();
            return;
        }
        list.getItems().addListener(new ListChangeListener<T>() {
            @Override
            public void onChanged(Change<? extends T> c) {
                list.getItems().removeListener(this);
                focus.run();
            }
        });
    }
}
