package io.characterstudio.ui.editor;

import java.util.function.Function;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListCell;

/**
 * A combo box cell that shows an item's text, and as the box's button cell shows the prompt text
 * while nothing is chosen: JavaFX's own button cell goes blank once a value has been set back to
 * null, and the voice and language pickers do exactly that.
 */
final class PromptCell<T> extends ListCell<T> {

    private final ComboBoxBase<?> owner;
    private final Function<T, String> text;

    /** A cell of the list ({@code owner} null) or the button cell of {@code owner}. */
    PromptCell(ComboBoxBase<?> owner, Function<T, String> text) {
        this.owner = owner;
        this.text = text;
        if (owner != null) {
            owner.promptTextProperty().addListener((obs, was, now) -> {
                if (getItem() == null) {
                    setText(now);
                }
            });
        }
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(owner == null ? null : owner.getPromptText());
        } else {
            setText(text.apply(item));
        }
    }
}
