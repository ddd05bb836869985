package io.characterstudio.ui.common;

import javafx.scene.control.ListView;

/**
 * A list that receives the focus with nothing selected selects (and focuses) its first row, so
 * that the keyboard user lands on an entry at once instead of having to press Down first.
 */
public final class FirstRowOnFocus {

    private FirstRowOnFocus() {
    }

    public static <T> void install(ListView<T> list) {
        list.focusedProperty().addListener((obs, was, now) -> {
            if (now && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
                list.getFocusModel().focus(0);
            }
        });
    }
}
