package io.characterstudio.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import javafx.geometry.Bounds;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * A rectangle of pixels cut from a snapshot, and the colour questions a contrast test asks of it:
 * the dominant colour, the text colour on a fill, and what changed between two renderings of the
 * same rectangle (a focus ring appearing, for example).
 */
public final class Swatch {

    /** Colours seen on fewer pixels than this are anti-aliasing noise, not a text or ring colour. */
    private static final int MIN_PIXELS = 3;

    private final int width;
    private final int height;
    private final int[] argb;

    private Swatch(int width, int height, int[] argb) {
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    /** The pixels of {@code image} inside {@code bounds} (image coordinates), clipped to the image. */
    public static Swatch of(Image image, Bounds bounds) {
        int x0 = Math.max(0, (int) Math.floor(bounds.getMinX()));
        int y0 = Math.max(0, (int) Math.floor(bounds.getMinY()));
        int x1 = Math.min((int) image.getWidth(), (int) Math.ceil(bounds.getMaxX()));
        int y1 = Math.min((int) image.getHeight(), (int) Math.ceil(bounds.getMaxY()));
        int w = Math.max(0, x1 - x0);
        int h = Math.max(0, y1 - y0);
        int[] pixels = new int[w * h];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = reader.getArgb(x0 + x, y0 + y) | 0xFF000000;
            }
        }
        return new Swatch(w, h, pixels);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The colour on the most pixels (a fill, a background). */
    public int dominant() {
        return dominant(i -> true);
    }

    /**
     * Text on a fill: the fill is the dominant colour, the text the colour (on at least a few pixels)
     * that contrasts most with it; anti-aliased edge pixels lie between the two and are never chosen.
     * Returns {fill, text}; text equals fill when there is no text.
     */
    public int[] fillAndText() {
        int fill = dominant();
        int text = fill;
        for (Map.Entry<Integer, Integer> e : counts(i -> true).entrySet()) {
            if (e.getValue() >= MIN_PIXELS && Wcag.ratio(e.getKey(), fill) > Wcag.ratio(text, fill)) {
                text = e.getKey();
            }
        }
        return new int[] {fill, text};
    }

    /**
     * What changed from {@code before} (same size) to this: {number of changed pixels, the dominant colour
     * of those pixels before, the dominant colour of those pixels now}. A pixel counts as changed when a
     * channel moved by more than 8 of 255, so rounding noise is not a change.
     */
    public int[] changeFrom(Swatch before) {
        if (before.width != width || before.height != height) {
            throw new IllegalArgumentException(
                    "Different sizes: " + before.width + "x" + before.height + " and " + width + "x" + height);
        }
        IntPredicate changed = i -> differs(before.argb[i], argb[i]);
        int count = 0;
        for (int i = 0; i < argb.length; i++) {
            count += changed.test(i) ? 1 : 0;
        }
        return new int[] {count, before.dominant(changed), dominant(changed)};
    }

    private int dominant(IntPredicate which) {
        int best = 0;
        int bestCount = -1;
        for (Map.Entry<Integer, Integer> e : counts(which).entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private Map<Integer, Integer> counts(IntPredicate which) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < argb.length; i++) {
            if (which.test(i)) {
                counts.merge(argb[i], 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean differs(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 8) {
                return true;
            }
        }
        return false;
    }
}
