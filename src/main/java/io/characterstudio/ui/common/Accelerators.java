package io.characterstudio.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * Runs the window's menu shortcuts for keys that a control would otherwise keep for itself.
 * JavaFX runs a scene's accelerators only after the focused control has handled a key; a text
 * field takes Shift+Delete as Cut, a searchable combo box opens its list on Ctrl+S's letter.
 */
public final class Accelerators {

    private Accelerators() {}

    /**
     * Runs the accelerator of {@code e}'s scene that matches the key, if one does, and consumes
     * the key so the control under it does not see it. Returns whether one ran.
     */
    public static boolean runFirst(KeyEvent e) {
        Scene scene = e.getSource() instanceof Node node ? node.getScene() : null;
        if (scene == null) {
            return false;
        }
        for (var accelerator : List.copyOf(scene.getAccelerators().entrySet())) {
            if (accelerator.getKey().match(e)) {
                e.consume();
                accelerator.getValue().run();
                return true;
            }
        }
        return false;
    }
}
