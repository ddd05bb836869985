package io.characterstudio.testsupport;

/**
 * WCAG 2.x colour maths on packed {@code 0xAARRGGBB} colours (alpha ignored): the relative luminance
 * of an sRGB colour and the contrast ratio of two colours, (lighter + 0.05) / (darker + 0.05).
 */
public final class Wcag {

    private Wcag() {}

    /** Relative luminance, 0 (black) to 1 (white), as WCAG 2.x defines it. */
    public static double luminance(int argb) {
        return 0.2126 * channel(argb >> 16) + 0.7152 * channel(argb >> 8) + 0.0722 * channel(argb);
    }

    /** The contrast ratio of two colours, 1 (same luminance) to 21 (black on white), whichever is lighter. */
    public static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A colour as {@code #rrggbb}, for failure messages. */
    public static String hex(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
