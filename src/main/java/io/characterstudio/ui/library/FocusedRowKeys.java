package io.characterstudio.ui.library;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

import java.util.function.Function;

/**
 * Keeps a list's focused row (the frame the arrow keys move from) when its rows are read again: a
 * list whose rows are replaced forgets its focused row, and a keyboard user's next arrow key then
 * starts from nowhere (clearing the selection clears it too). After a change that left no row focused, the row with the same ID is
 * focused again, else the row now at the same place (the last row when there are fewer): after a
 * delete, the row that took the deleted one's place.
 */
final class FocusedRowKeys {

    private FocusedRowKeys() {
    }

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
}
