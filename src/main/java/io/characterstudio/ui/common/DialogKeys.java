package io.characterstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Return in a dialog presses its default button also from a control that would otherwise take
 * Return for itself without needing it: a tick box, a radio button or a toggle button. (Without
 * this, Return on a tick box toggles it instead of confirming the dialog.) Text areas, lists, open
 * drop-downs and buttons keep their own Return.
 */
public final class DialogKeys {

    private DialogKeys() {}

    /** Installs the Return filter on {@code pane} (once per pane is enough; twice does no harm). */
    public static void returnPressesDefault(DialogPane pane) {
        if (pane.getProperties().putIfAbsent(DialogKeys.class, Boolean.TRUE) != null) {
            return;
        }
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isShortcutDown() || e.isAltDown() || !isToggle(e.getTarget())) {
                return;
            }
            Button defaultButton = defaultButton(pane);
            if (defaultButton != null) {
                defaultButton.fire();
                e.consume();
            }
        });
    }

    /** The pane's enabled default button, or null. */
    static Button defaultButton(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            Node node = pane.lookupButton(type);
            if (node instanceof Button b && b.isDefaultButton() && !b.isDisabled()) {
                return b;
            }
        }
        return null;
    }

    private static boolean isToggle(Object target) {
        return target instanceof CheckBox || target instanceof RadioButton || target instanceof ToggleButton;
    }
}
