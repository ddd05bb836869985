package io.characterstudio.ui.main;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Whether the library pane is shown. The rule: it is shown when the user wants it (View > Library,
 * F9, the toolbar button; the choice is kept across restarts) and the window is at least
 * {@link #NARROW_BELOW} px wide. Below that it folds away by itself, so the editor is not squeezed,
 * and comes back when the window is wide again. Showing it with F9 in a narrow window shows it
 * until the window is next narrowed; hiding it is always the user's choice and lasts.
 */
public final class LibraryPane {

    /** The settings key of the user's choice ("true"/"false"). */
    static final String KEY = "library.shown";
    /** The window width (px) under which the library folds away by itself. */
    public static final double NARROW_BELOW = 1100;

    private final Consumer<Map<String, String>> write;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private boolean wanted;
    private boolean narrow;
    private boolean shownWhileNarrow;

    /** Reads the user's last choice with {@code read} (shown when absent) and keeps new ones with {@code write}. */
    LibraryPane(Function<String, Optional<String>> read, Consumer<Map<String, String>> write) {
        this.write = write;
        this.wanted = read.apply(KEY).map(v -> !v.equals("false")).orElse(true);
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

    private void update() {
        shown.set(wanted && (!narrow || shownWhileNarrow));
    }
}
