package io.characterstudio.ui.main;

import io.characterstudio.ui.common.DialogSizing;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
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

    /** Marks a window root that already takes the text size keys. */
    private static final String KEYS_INSTALLED = "textSizeKeys";

    private TextSizeControls() {}

    /** The View > Text size submenu; its label says the size now ("Text size (125%)"). */
    static Menu menu(TextSize size) {
        Menu menu = new Menu(
                "Te_xt size",
                null,
                item("menuTextLarger", "_Larger", "Shortcut+Plus", size::larger),
                item("menuTextSmaller", "_Smaller", "Shortcut+Minus", size::smaller),
                item("menuTextReset", "_Reset", "Shortcut+0", size::reset));
        menu.setId("menuTextSize");
        menu.textProperty().bind(Bindings.format("Te_xt size (%d%%)", size.percentProperty()));
        return menu;
    }

    /**
     * Scales {@code root} with the size, and handles the other spellings of the keys (Ctrl+=, the
     * keypad); from then on every other window that opens scales too (see {@link #followInEveryWindow}).
     */
    static void install(Parent root, TextSize size) {
        root.styleProperty().bind(size.rootStyleProperty());
        ToolIcons.follow(root, size);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys(e, size, false));
        followInEveryWindow(root, size);
    }

    /**
     * Every {@link Stage} (dialogs included; menus and pop-ups follow their owner) that opens while
     * {@code mainRoot}'s window is up takes the size on its root, live (a dialog prepared by
     * {@code FxDialogService} already has it, bound before it was placed), and Ctrl+plus/minus/0 (a
     * dialog has no menu bar whose shortcuts would do it); when the size changes while it is open
     * the window is fitted to its content ({@link DialogSizing#fit}). A root with a style of its
     * own is left alone. It stops when the main window is hidden.
     */
    static void followInEveryWindow(Parent mainRoot, TextSize size) {
        ListChangeListener<Window> opened = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> scale(window, size, mainRoot));
            }
        };
        Window.getWindows().addListener(opened);
        mainRoot.sceneProperty().flatMap(Scene::windowProperty).addListener((obs, was, window) -> {
            if (window != null) {
                window.addEventHandler(
                        WindowEvent.WINDOW_HIDDEN, e -> Window.getWindows().removeListener(opened));
            }
        });
    }

    /** Runs as {@code window} is being shown: after it was placed, before it is sized. */
    private static void scale(Window window, TextSize size, Parent mainRoot) {
        if (!(window instanceof Stage stage)
                || stage.getScene() == null
                || stage.getScene().getRoot() == mainRoot) {
            return;
        }
        Parent root = stage.getScene().getRoot();
        if (!root.styleProperty().isBound()) {
            if (root.getStyle() != null && !root.getStyle().isEmpty()) {
                return;
            }
            root.styleProperty().bind(size.rootStyleProperty());
        }
        if (root.getProperties().putIfAbsent(KEYS_INSTALLED, Boolean.TRUE) == null) {
            root.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys(e, size, true));
        }
        // A dialog lays its content out to place itself before it shows: its buttons keep that
        // layout's widths unless told to measure again, which the sizing that follows then sees.
        DialogSizing.forgetButtonWidths(root);
        ChangeListener<Number> refit = (obs, was, now) -> DialogSizing.fit(stage);
        size.percentProperty().addListener(refit);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                size.percentProperty().removeListener(refit);
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
            }
        });
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
