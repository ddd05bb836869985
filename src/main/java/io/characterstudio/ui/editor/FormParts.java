package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterField;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** Small builders shared by the editor's parts: captions, messages with reserved space, details, buttons. */
final class FormParts {

    private FormParts() {}

    static Label caption(String text, Node labelFor) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        label.setLabelFor(labelFor);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A field's message line. Its line is always there (empty while the field is fine), so the
     * fields below do not jump when a message appears or goes; a long message wraps.
     */
    static Label message(String id, StringExpression text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(style, "field-message");
        label.textProperty().bind(text);
        return label;
    }

    /**
     * A field's message line for a {@link FieldMessage}: like {@link #message(String, StringExpression, String)},
     * in the neutral colour of a hint (pseudo-class {@code :hint}) while the message is one.
     */
    static Label message(String id, FieldMessage text, String style) {
        Label label = message(id, text.text(), style);
        PseudoClass hint = PseudoClass.getPseudoClass("hint");
        label.pseudoClassStateChanged(hint, text.hint().get());
        text.hint().addListener((obs, was, now) -> label.pseudoClassStateChanged(hint, now));
        return label;
    }

    /**
     * Keeps the message {@code line}'s room while it is empty ({@code always}: nothing below moves when
     * a message comes), or gives its room only to a message (where the height is short: a larger text
     * size).
     */
    static void keepLine(Label line, boolean always) {
        line.managedProperty().unbind();
        if (always) {
            line.setManaged(true);
        } else {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
        }
    }

    /**
     * Gives the warning line {@code line} the problem style ({@code field-problem}, red) while the
     * form's problems name {@code field} (a missing voice blocks the save like a missing name), and
     * its own warning style otherwise (a voice not in the catalogue only warns).
     */
    static void redWhileBlocking(Label line, EditorViewModel vm, CharacterField field) {
        Runnable apply = () -> {
            boolean blocks = vm.problemsProperty().get().stream().anyMatch(p -> p.field() == field);
            line.getStyleClass().removeAll("field-warning", "field-problem");
            line.getStyleClass().add(blocks ? "field-problem" : "field-warning");
        };
        apply.run();
        vm.problemsProperty().addListener((obs, was, now) -> apply.run());
    }

    /**
     * Tells {@code vm} when the focus enters and leaves {@code node}, so a blank field's hint gives
     * way to its message when it is left (after a revert, once it was entered again).
     */
    static void reportLeaving(Node node, EditorViewModel vm, CharacterField field) {
        node.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.fieldEntered(field);
            } else {
                vm.fieldLeft(field);
            }
        });
    }

    static Label detail(String id, StringExpression text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("detail");
        label.textProperty().bind(text);
        return label;
    }

    static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** Gives a button whose face is a symbol (an arrow) a tooltip and the same accessible name. */
    static void describe(Button button, String what) {
        button.setTooltip(new Tooltip(what));
        button.setAccessibleText(what);
    }

    static StringExpression firstOf(StringExpression first, StringExpression second) {
        return Bindings.createStringBinding(
                () -> first.get() != null && !first.get().isEmpty() ? first.get() : second.get(), first, second);
    }
}
