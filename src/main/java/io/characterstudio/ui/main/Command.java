package io.characterstudio.ui.main;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One command of the main window, defined once (the way JabRef's {@code StandardActions} are):
 * its name ({@code menu<Name>} / {@code tool<Name>} ids), its text with the mnemonic ({@code
 * _Save}), an icon, a shortcut, when it is unavailable and what it does. The menu bar and the
 * toolbar make their entries from it, so both show the same text, shortcut and state and run the
 * same action. Each control it makes keeps it in its properties under {@code Command.class}.
 */
final class Command {

    private final String name;
    private final String text;
    private final Runnable action;
    private String icon;
    private String shortcut;
    private String tip;
    private ObservableBooleanValue disabled;

    private Command(String name, String text, Runnable action) {
        this.name = name;
        this.text = text;
        this.action = action;
    }

    /** The command {@code name} (ids {@code menu<name>}, {@code tool<name>}), shown as {@code text}. */
    static Command of(String name, String text, Runnable action) {
        return new Command(name, text, action);
    }

    /** The Feather icon of its toolbar button ({@code fth-save}). */
    Command icon(String value) {
        this.icon = value;
        return this;
    }

    /** Its key, in {@link KeyCombination#keyCombination} form ({@code Shortcut+S}). */
    Command shortcut(String value) {
        this.shortcut = value;
        return this;
    }

    /** A toolbar tooltip other than the menu text (the shortcut is still added). */
    Command tip(String value) {
        this.tip = value;
        return this;
    }

    /** Unavailable while {@code value} is true. */
    Command disabledWhen(ObservableBooleanValue value) {
        this.disabled = value;
        return this;
    }

    /**
     * The toolbar's tooltip and accessible text: the menu text without its mnemonic and "…" (or
     * the {@link #tip}), then the shortcut with Shortcut written Ctrl ({@code Save (Ctrl+S)}).
     */
    String tooltip() {
        String words = tip != null ? tip : text.replace("_", "").replaceAll("…$", "");
        return shortcut == null ? words : words + " (" + shortcut.replace("Shortcut", "Ctrl") + ")";
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        item.setId("menu" + name);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        item.getProperties().put(Command.class, this);
        return item;
    }

    /** An icon button (not in the Tab order: the menu and the shortcut reach it from the keyboard). */
    Button toolButton() {
        Button button = new Button(null, new FontIcon(icon));
        button.setId("tool" + name);
        button.setTooltip(new Tooltip(tooltip()));
        button.setAccessibleText(tooltip());
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        button.getProperties().put(Command.class, this);
        return button;
    }
}
