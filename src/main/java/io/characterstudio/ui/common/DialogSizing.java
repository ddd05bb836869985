package io.characterstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps a dialog's window the size of its content at the app's text size.
 *
 * <p>Two things kept a dialog from growing with larger text: AtlantaFX Primer caps
 * {@code .dialog-pane} at 600 px (theme.css restates the cap in em, so it scales with the text),
 * and a {@link ButtonBar} fixes each button's preferred width at the widest button's width the
 * first time it lays out, so its buttons never grow after that ("Ca..." at 150 %).
 * {@link #forgetButtonWidths} undoes the second.
 */
public final class DialogSizing {

    private DialogSizing() {}

    /**
     * The dialog pane takes the text size of {@code owner}'s window (its root's font-size style,
     * live), before the dialog is placed and sized, so it opens at its size for that text. A pane
     * with a style of its own is left alone.
     */
    public static void followOwner(Window owner, DialogPane pane) {
        Scene scene = owner.getScene();
        if (scene == null || pane.styleProperty().isBound() || !isEmpty(pane.getStyle())) {
            return;
        }
        pane.styleProperty().bind(scene.getRoot().styleProperty());
    }

    /**
     * Lets every button bar under {@code root} size its buttons afresh at the next layout (from
     * their text at the current font), instead of keeping the width of its first layout.
     */
    public static void forgetButtonWidths(Parent root) {
        for (Node node : root.lookupAll(".button-bar")) {
            if (node instanceof ButtonBar bar) {
                for (Node button : bar.getButtons()) {
                    if (button instanceof Region region && ButtonBar.isButtonUniformSize(button)) {
                        region.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    }
                }
                bar.requestLayout();
            }
        }
    }

    /**
     * Fits a shown window to its content after the text size changed: a window the user cannot
     * resize takes its content's preferred size (larger or smaller); a resizable one grows when
     * its content needs more room than it has, and otherwise keeps the size the user gave it.
     */
    public static void fit(Stage stage) {
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        Parent root = scene.getRoot();
        forgetButtonWidths(root);
        root.applyCss();
        double width = Math.min(root.prefWidth(-1), root.maxWidth(-1));
        double height = Math.min(root.prefHeight(width), root.maxHeight(width));
        if (!stage.isResizable() || width > scene.getWidth() + 0.5 || height > scene.getHeight() + 0.5) {
            stage.sizeToScene();
        }
    }

    private static boolean isEmpty(String style) {
        return style == null || style.isEmpty();
    }
}
