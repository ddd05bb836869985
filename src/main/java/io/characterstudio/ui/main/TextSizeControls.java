package io.characterstudio.ui.main;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * View > Text size (Smaller, Larger, Reset) and its keys: Ctrl+minus, Ctrl+plus and Ctrl+0 (Cmd on
 * macOS), with Ctrl+= (plus without Shift) and the keypad's + - 0 as well. The size applies to the
 * window's root, so the whole window scales (the theme's text sizes are in em), and to the root of
 * every other window the app opens while the main window is up (each dialog, the trash, history...):
 * a dialog opens at the current size, follows a change while it is open, and takes the same keys.
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

    /**
     * Scales {@code root} with the size, and handles the other spellings of the keys (Ctrl+=, the
     * keypad); from then on every other window that opens scales too (see {@link #followInEveryWindow}).
     */
    static void install(Parent root, TextSize size) {
        root.styleProperty().bind(size.rootStyleProperty());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys(e, size, false));
        followInEveryWindow(root, size);
    }

    /**
     * Every {@link Stage} (dialogs included; menus and pop-ups follow their owner) that opens while
     * {@code mainRoot}'s window is up gets the size on its root, live, and Ctrl+plus/minus/0 (a
     * dialog has no menu bar whose shortcuts would do it); a window whose content no longer fits
     * grows to fit it. A root whose style is already bound, or
     * which has a style of its own, is left alone. It stops when the main window is hidden.
     */
    static void followInEveryWindow(Parent mainRoot, TextSize size) {
        ListChangeListener<Window> opened = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> scale(window, size));
            }
        };
        Window.getWindows().addListener(opened);
        mainRoot.sceneProperty().flatMap(Scene::windowProperty).addListener((obs, was, window) -> {
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> Window.getWindows().removeListener(opened));
            }
        });
    }

    private static void scale(Window window, TextSize size) {
        if (!(window instanceof Stage) || window.getScene() == null) {
            return;
        }
        Parent root = window.getScene().getRoot();
        if (root.styleProperty().isBound() || (root.getStyle() != null && !root.getStyle().isEmpty())) {
            return;
        }
        root.styleProperty().bind(size.rootStyleProperty());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys(e, size, true));
        Stage stage = (Stage) window;
        // The window is being shown, sized for the content as it was built: fit once it is up.
        javafx.application.Platform.runLater(() -> fit(stage));
        javafx.beans.value.ChangeListener<Number> refit = (obs, was, now) -> fit(stage);
        size.percentProperty().addListener(refit);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> size.percentProperty().removeListener(refit));
    }

    /**
     * The window was sized for its content at the size it was built with: when the content now
     * needs more room than the window has (a larger text size), the window grows to fit it.
     */
    private static void fit(Stage stage) {
        Scene scene = stage.getScene();
        Parent root = scene.getRoot();
        root.applyCss();
        double width = root.prefWidth(-1);
        double height = root.prefHeight(width);
        if (width > scene.getWidth() + 0.5 || height > scene.getHeight() + 0.5) {
            stage.sizeToScene();
        }
    }

    /**
     * Ctrl+= and the keypad's + - 0; with {@code allSpellings} (a window without the menu's shortcuts)
     * Ctrl+plus, Ctrl+minus and Ctrl+0 as well.
     */
    private static void keys(KeyEvent e, TextSize size, boolean allSpellings) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.EQUALS || code == KeyCode.ADD || allSpellings && code == KeyCode.PLUS) {
            size.larger();
        } else if (code == KeyCode.SUBTRACT || allSpellings && code == KeyCode.MINUS) {
            size.smaller();
        } else if (code == KeyCode.NUMPAD0 || allSpellings && code == KeyCode.DIGIT0) {
            size.reset();
        } else {
            return;
        }
        e.consume();
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
