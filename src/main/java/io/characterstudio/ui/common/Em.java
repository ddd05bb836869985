package io.characterstudio.ui.common;

import java.util.Locale;
import javafx.scene.layout.Region;

/**
 * Sizes that follow the text size (View > Text size): a size given in px at the theme's 14 px base
 * is set as an inline style in em, so it grows and shrinks with the font its node inherits (at
 * 100 % it is the same number of px). Use it for a region that has no style of its own (the style
 * it sets replaces the property's, and a style bound elsewhere is left alone).
 */
public final class Em {

    /** The theme's base font size in px (AtlantaFX Primer), at which 1 em is this many px. */
    public static final double BASE_PX = 14;

    private Em() {}

    /** {@code px} at the 14 px base, in em: "22.142857em". */
    public static String of(double px) {
        return String.format(Locale.ROOT, "%.6fem", px / BASE_PX);
    }

    /** The preferred width and height (px at the 14 px base; NaN: not set) of {@code region}, in em. */
    public static void prefSize(Region region, double widthPx, double heightPx) {
        set(region, "-fx-pref-width", widthPx);
        set(region, "-fx-pref-height", heightPx);
    }

    /**
     * The CSS size {@code property} (such as {@code -fx-min-width} or a list's {@code -fx-fixed-cell-size})
     * of {@code region}: {@code px} at the 14 px base, in em; NaN sets nothing.
     */
    public static void set(Region region, String property, double px) {
        if (region.styleProperty().isBound() || Double.isNaN(px)) {
            return;
        }
        region.setStyle((region.getStyle() == null ? "" : region.getStyle()) + property + ": " + of(px) + ";");
    }

    /** How many times the 14 px base the font size {@code px} is: 2 at 28 px (a text size of 200 %). */
    public static double scale(double px) {
        return px / BASE_PX;
    }
}
