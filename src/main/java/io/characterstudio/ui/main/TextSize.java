package io.characterstudio.ui.main;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The text size of the whole window, in percent of the theme's 14 px: View > Text size (Smaller,
 * Larger, Reset) and Ctrl+minus, Ctrl+plus, Ctrl+0. It steps through {@link #STEPS}, stops at
 * either end, and is kept in the settings; an unreadable or unknown stored value means 100 %.
 */
public final class TextSize {

    /** The settings key (a percentage, such as "125"). */
    static final String KEY = "text.size";
    /** The sizes offered, in percent. */
    static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
    /** The theme's base font size in px (AtlantaFX Primer), which 100 % keeps. */
    static final double BASE_PX = 14;

    private final Consumer<Map<String, String>> write;
    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(this, "percent", 100);
    private final StringBinding rootStyle;

    TextSize(Function<String, Optional<String>> read, Consumer<Map<String, String>> write) {
        this.write = write;
        percent.set(
                read.apply(KEY).flatMap(TextSize::parse).filter(STEPS::contains).orElse(100));
        rootStyle = Bindings.createStringBinding(
                () -> percent.get() == 100 ? "" : "-fx-font-size: " + format(BASE_PX * percent.get() / 100) + "px;",
                percent);
    }

    private static Optional<Integer> parse(String value) {
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String format(double px) {
        return px == Math.rint(px) ? Long.toString((long) px) : Double.toString(px);
    }

    /** The size now, in percent. */
    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /** The style of the scene's root: empty at 100 %, otherwise its -fx-font-size (the theme's sizes are in em). */
    public StringBinding rootStyleProperty() {
        return rootStyle;
    }

    /** One step larger; false (and nothing changes) at the largest. */
    public boolean larger() {
        return step(1);
    }

    /** One step smaller; false (and nothing changes) at the smallest. */
    public boolean smaller() {
        return step(-1);
    }

    /** Back to 100 %. */
    public void reset() {
        set(100);
    }

    private boolean step(int by) {
        int next = STEPS.indexOf(percent.get()) + by;
        if (next < 0 || next >= STEPS.size()) {
            return false;
        }
        set(STEPS.get(next));
        return true;
    }

    private void set(int value) {
        if (value != percent.get()) {
            percent.set(value);
            write.accept(Map.of(KEY, Integer.toString(value)));
        }
    }
}
