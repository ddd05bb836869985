package io.characterstudio.ui.main;

import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's icons grow and shrink with the text size: each icon under the main window's
 * {@code .tool-bar} takes the theme's 18 px times the size (bound, so the theme's fixed 18 px does
 * not apply), and is back at 18 px at 100 %.
 */
final class ToolIcons {

    /** The theme's icon size at 100 % (AtlantaFX Primer's {@code -fx-icon-size}). */
    static final int BASE_PX = 18;

    private ToolIcons() {
    }

    /** Binds the size of every toolbar icon under {@code root} (the toolbars are made before this is called). */
    static void follow(Parent root, TextSize size) {
        // The bar's items, not its children: a toolbar has no children until its skin is made.
        root.lookupAll(".tool-bar").forEach(bar -> ((ToolBar) bar).getItems().forEach(item -> {
            if (item instanceof Labeled labeled && labeled.getGraphic() instanceof FontIcon icon
                    && !icon.iconSizeProperty().isBound()) {
                icon.iconSizeProperty().bind(size.percentProperty().multiply(BASE_PX).divide(100));
            }
        }));
    }
}
