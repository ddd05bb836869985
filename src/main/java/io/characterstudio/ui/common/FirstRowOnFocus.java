package io.characterstudio.ui.common;

import javafx.application.Platform;
import javafx.scene.control.ListView;

/**
 * A list that receives the focus with nothing selected selects (and focuses) its first row, so
 * that the keyboard user lands on an entry at once instead of having to press Down first.
 */
public final class FirstRowOnFocus {

    private FirstRowOnFocus() {}

    public static <T> void install(ListView<T> list) {
        list.focusedProperty().addListener((obs, was, now) -> {
            // After the change under way: the focus can come in the middle of a selection change
            // (a button disabled by it hands the focus to the list), and selecting then fails inside JavaFX.
            if (now) {
                Platform.runLater(() -> {
                    if (list.isFocused()
                            && list.getSelectionModel().isEmpty()
                            && !list.getItems().isEmpty()) {
                        list.getSelectionModel().select(0);
                        list.getFocusModel().focus(0);
                    }
                });
            }
        });
    }
}
