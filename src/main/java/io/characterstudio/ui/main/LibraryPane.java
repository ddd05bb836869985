package io.characterstudio.ui.main;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the library pane is shown. The rule: it is shown when the user wants it (View > Library,
 * F9, the toolbar button; the choice is kept across restarts) and the window is at least
 * {@link #NARROW_BELOW} px wide. Below that it folds away by itself, so the editor is not squeezed,
 * and comes back when the window is wide again. Showing it with F9 in a narrow window shows it
 * until the window is next narrowed; hiding it is always the user's choice and lasts.
 * <p>It also keeps the library's width (px) the user gave it by dragging the divider, across
 * restarts: a width the window forces on the library (too narrow for both) is never kept.
 */
public final class LibraryPane {

    /** The settings key of the user's choice ("true"/"false"). */
    static final String KEY = "library.shown";
    /** The window width (px) under which the library folds away by itself. */
    public static final double NARROW_BELOW = 1100;
    /** The settings key of the library's width (px) the user chose by dragging the divider. */
    static final String WIDTH_KEY = "library.width";
    /** The library's width (px) until the user drags the divider. */
    public static final double DEFAULT_WIDTH = 312;
    /** The narrowest width (px) kept as the user's: a drag to less is kept as this. */
    static final double MIN_WIDTH = 120;

    private final Consumer<Map<String, String>> write;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private boolean wanted;
    private boolean narrow;
    private boolean shownWhileNarrow;
    private final Double storedWidth;
    private double width;

    /** Reads the user's last choice with {@code read} (shown when absent) and keeps new ones with {@code write}. */
    LibraryPane(Function<String, Optional<String>> read, Consumer<Map<String, String>> write) {
        this.write = write;
        this.wanted = read.apply(KEY).map(v -> !v.equals("false")).orElse(true);
        this.storedWidth =
                read.apply(WIDTH_KEY).flatMap(LibraryPane::parseWidth).orElse(null);
        this.width = storedWidth == null ? DEFAULT_WIDTH : storedWidth;
        update();
    }

    /** Whether the library is shown now. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the user wants the library (their last choice, whatever the window's width). */
    public boolean wanted() {
        return wanted;
    }

    /** The window's width changed: below {@link #NARROW_BELOW} the library folds away. */
    public void windowWidth(double width) {
        boolean nowNarrow = width < NARROW_BELOW;
        if (nowNarrow && !narrow) {
            shownWhileNarrow = false;
        }
        narrow = nowNarrow;
        update();
    }

    /** The user's toggle: hides a shown library (and remembers that), or shows a hidden one (even when narrow). */
    public void toggle() {
        boolean show = !shown.get();
        shownWhileNarrow = show && narrow;
        if (wanted != show) {
            wanted = show;
            write.accept(Map.of(KEY, Boolean.toString(show)));
        }
        update();
    }

    /** The library's width (px) as the user chose it (the default until they drag the divider). */
    public double width() {
        return width;
    }

    /** Whether the user's width was kept by an earlier run (else {@link #width()} is the default). */
    public boolean widthKept() {
        return storedWidth != null || width != DEFAULT_WIDTH;
    }

    /** The user dragged the divider to {@code px}: that is the library's width from now on, kept across restarts. */
    public void userWidth(double px) {
        double now = Math.max(MIN_WIDTH, Math.rint(px));
        if (now != width) {
            width = now;
            write.accept(Map.of(WIDTH_KEY, Long.toString((long) now)));
        }
    }

    private static Optional<Double> parseWidth(String value) {
        try {
            double px = Double.parseDouble(value);
            return px >= MIN_WIDTH && px < 10_000 ? Optional.of(px) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void update() {
        shown.set(wanted && (!narrow || shownWhileNarrow));
    }
}
