package io.characterstudio.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * A layout that changes when its room is narrow measured in em, that is for the text it must hold:
 * {@code apply} is told true when {@code region} is narrower than {@code ems} times the size of
 * {@code font} (the font of a control inside it), false when it is wider again, and only when that changes. So
 * a larger text size (View > Text size) stacks what sat side by side, as a narrower window would.
 */
public final class NarrowLayout {

    private final Region region;
    private final ObservableValue<Font> font;
    private final double ems;
    private final Consumer<Boolean> apply;
    /** The layout is built wide. */
    private boolean narrow;

    private boolean checking;

    private NarrowLayout(Region region, ObservableValue<Font> font, double ems, Consumer<Boolean> apply) {
        this.region = region;
        this.font = font;
        this.ems = ems;
        this.apply = apply;
    }

    /** Calls {@code apply} whenever the region turns narrow or wide again (it starts wide, as built). */
    public static void when(Region region, ObservableValue<Font> font, double ems, Consumer<Boolean> apply) {
        NarrowLayout layout = new NarrowLayout(region, font, ems, apply);
        InvalidationListener check = obs -> layout.later();
        region.widthProperty().addListener(check);
        font.addListener(check);
    }

    /**
     * Checks after the change is delivered: a width or font changes during a layout or a CSS pass,
     * which must not see the scene graph change under it.
     */
    private void later() {
        if (!checking) {
            checking = true;
            Platform.runLater(this::check);
        }
    }

    private void check() {
        checking = false;
        double width = region.getWidth();
        boolean now = width > 0 && width < ems * fontSize();
        if (narrow != now) {
            narrow = now;
            apply.accept(now);
        }
    }

    private double fontSize() {
        return font.getValue() == null ? Em.BASE_PX : font.getValue().getSize();
    }
}
