package io.characterstudio.ui.main;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The ways to undo a revert, offered only right after one: the status bar's "Undo" link and
 * Ctrl+Z (Cmd+Z on macOS) anywhere in the main window except a text field outside the editor
 * (the library search keeps its own undo). In the editor's fields Ctrl+Z undoes the revert,
 * which is what changed them last.
 */
final class UndoRevertControls {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private UndoRevertControls() {}

    /** The status bar's "Undo" link, shown while there is a revert to undo. */
    static Hyperlink link(MainViewModel vm) {
        Hyperlink undo = new Hyperlink("Undo (Ctrl+Z)");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setId("statusUndo");
        undo.setAccessibleText("Undo the revert: put your edits back into the editor");
        undo.setFocusTraversable(false);
        undo.setOnAction(e -> vm.undoRevert());
        undo.visibleProperty().bind(vm.undoRevertAvailableProperty());
        undo.managedProperty().bind(vm.undoRevertAvailableProperty());
        return undo;
    }

    /** Makes Ctrl+Z in {@code window} undo a revert while one can be undone. */
    static void installKey(Parent window, Node editor, MainViewModel vm) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)
                    && vm.undoRevertAvailableProperty().get()
                    && undoesRevertHere(window.getScene().getFocusOwner(), editor)) {
                vm.undoRevert();
                e.consume();
            }
        });
    }

    private static boolean undoesRevertHere(Node focus, Node editor) {
        if (!(focus instanceof TextInputControl)) {
            return true;
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == editor) {
                return true;
            }
        }
        return false;
    }
}
