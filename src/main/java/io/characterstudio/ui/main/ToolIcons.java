package io.characterstudio.ui.main;

import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's icons grow and shrink with the text size: each icon under the main window's
 * {@code .tool-bar} takes the theme's 18 px times the size, and is back at 18 px at 100 %. The size
 * is in the icon's inline style (added to the font family the icon keeps there): the theme's own
 * size would win over a value set in code, and a bound
 * size makes the theme's state changes (hover, focus) fail to reset it.
 */
final class ToolIcons {

    /** The theme's icon size at 100 % (AtlantaFX Primer's {@code -fx-icon-size}). */
    static final int BASE_PX = 18;

    private ToolIcons() {}

    /** Puts the size in the icon's style beside what the icon keeps there itself (its font family and size). */
    private static void resize(FontIcon icon, int percent) {
        String own = icon.getStyle() == null
                ? ""
                : icon.getStyle().replaceAll("-fx-icon-size:[^;]*;", "").strip();
        String separator = own.isEmpty() || own.endsWith(";") ? "" : ";";
        icon.setStyle(own + separator + "-fx-icon-size: " + Math.round(BASE_PX * percent / 100f) + "px;");
    }

    /** Sizes every toolbar icon under {@code root} (the toolbars are made before this is called). */
    static void follow(Parent root, TextSize size) {
        // The bar's items, not its children: a toolbar has no children until its skin is made.
        root.lookupAll(".tool-bar")
                .forEach(bar -> ((ToolBar) bar).getItems().forEach(item -> {
                    if (item instanceof Labeled labeled && labeled.getGraphic() instanceof FontIcon icon) {
                        resize(icon, size.percentProperty().get());
                        size.percentProperty().addListener((obs, was, now) -> resize(icon, now.intValue()));
                    }
                }));
    }
}
