package io.characterstudio.ui.main;

import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * View > Text size (Smaller, Larger, Reset) and its keys: Ctrl+minus, Ctrl+plus and Ctrl+0 (Cmd on
 * macOS), with Ctrl+= (plus without Shift) and the keypad's + - 0 as well. The size applies to the
 * window's root, so the whole window scales (the theme's text sizes are in em).
 */
final class TextSizeControls {

    private TextSizeControls() {
    }

    /** The View > Text size submenu. */
    static Menu menu(TextSize size) {
        Menu menu = new Menu("Te_xt size", null,
                item("menuTextLarger", "_Larger", "Shortcut+Plus", size::larger),
                item("menuTextSmaller", "_Smaller", "Shortcut+Minus", size::smaller),
                item("menuTextReset", "_Reset", "Shortcut+0", size::reset));
        menu.setId("menuTextSize");
        return menu;
    }

    /** Scales {@code root} with the size, and handles the other spellings of the keys (Ctrl+=, the keypad). */
    static void install(Parent root, TextSize size) {
        root.styleProperty().bind(size.rootStyleProperty());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode code = e.getCode();
            if (code == KeyCode.EQUALS || code == KeyCode.ADD) {
                size.larger();
            } else if (code == KeyCode.SUBTRACT) {
                size.smaller();
            } else if (code == KeyCode.NUMPAD0) {
                size.reset();
            } else {
                return;
            }
            e.consume();
        });
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
