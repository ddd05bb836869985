package io.characterstudio.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Background;
import javafx.scene.paint.Paint;

/**
 * A dialog window in the theme's colours from its first frame. A dialog's scene is filled white by
 * default, and that white shows wherever the pane has not been painted yet (the first frame, or
 * the area a window gains when it grows, as History does right after it shows): in the dark theme
 * a white rectangle. {@link #fillFromTheme} styles the pane before the window shows and fills the
 * scene with the pane's own background. (The 1 px edge every dialog has against the window behind
 * it comes from theme.css, on the {@code .dialog-pane} class every dialog's root carries.)
 */
public final class DialogFrame {

    /**
     * The style class of a dialog's content: theme.css gives it the dialogs' padding (8 px above,
     * 12 px at the sides, none below, where the buttons' bar has its own).
     */
    public static final String CONTENT = "dialog-content";

    private DialogFrame() {}

    /**
     * Applies the current theme to the dialog's pane now and fills its scene with the pane's
     * background colour; call it once the dialog has its owner (whose stylesheets it takes).
     */
    public static void fillFromTheme(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Scene scene = pane.getScene();
        if (scene == null) {
            return;
        }
        pane.applyCss();
        Background background = pane.getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            Paint fill =
                    background.getFills().get(background.getFills().size() - 1).getFill();
            scene.setFill(fill);
        }
    }
}
