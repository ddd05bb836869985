package io.characterstudio.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Keeps a pane of a side-by-side {@link SplitPane} (its first or its last item) as many em wide as
 * the text size changes: when the size grows, the divider moves so that the pane grows in the same
 * proportion (twice as wide at 200 % as at 100 %, within 90 % of the split), and back at the first
 * size it has its first width again. The width in em is remembered across several steps (a step
 * the other pane's minimum width held back does not shrink it) and taken afresh when the user or
 * the window moved the divider in between. A pane not shown, or a split stacked vertically, is left
 * alone; {@link #restore} places it again (after the split is side by side once more).
 */
public final class TextWidth {

    private final SplitPane split;
    private final Region pane;
    private final boolean first;
    private final ObservableValue<Number> percent;
    /** The pane's width per percent of text size (its width in em, so to speak); NaN until the first change. */
    private double ems = Double.NaN;
    /** The width the pane had after this last moved the divider (px); NaN before. */
    private double placed = Double.NaN;

    private TextWidth(SplitPane split, Region pane, ObservableValue<Number> percent) {
        this.split = split;
        this.pane = pane;
        this.first = split.getItems().indexOf(pane) == 0;
        this.percent = percent;
    }

    /**
     * Follows {@code percent} (the text size, View > Text size) from now on: told of a change before
     * the new size is styled and laid out, so the pane's width is still the old size's.
     */
    public static TextWidth follow(SplitPane split, Region pane, ObservableValue<Number> percent) {
        TextWidth width = new TextWidth(split, pane, percent);
        percent.addListener((obs, was, now) -> width.changed(was.doubleValue(), now.doubleValue()));
        return width;
    }

    /** Gives the pane its width in em again at the current size (nothing until a size change was seen). */
    public void restore() {
        if (!Double.isNaN(ems) && sideBySide()) {
            place(ems * percent.getValue().doubleValue());
        }
    }

    private boolean sideBySide() {
        return split.getItems().contains(pane)
                && split.getOrientation() == Orientation.HORIZONTAL
                && split.getWidth() > 0
                && pane.getWidth() > 0;
    }

    private void changed(double was, double now) {
        if (!sideBySide()) {
            return;
        }
        double width = pane.getWidth();
        if (Double.isNaN(placed) || Math.abs(width - placed) > 1) {
            ems = width / was;
        }
        place(ems * now);
    }

    private void place(double wanted) {
        double room = split.getWidth() - split.snappedLeftInset() - split.snappedRightInset();
        split.setDividerPositions(position(wanted / room));
        // After the layout at the new size: one correction for the divider's own width and the rounding.
        Platform.runLater(() -> {
            split.layout(); // laid out with the new divider (and orientation) before measuring
            double off = wanted - pane.getWidth();
            if (Math.abs(off) > 0.5 && sideBySide()) {
                split.setDividerPositions(position(share() + off / room));
                split.layout();
            }
            placed = pane.getWidth();
        });
    }

    /** The pane's share of the split as the divider now has it. */
    private double share() {
        double at = split.getDividerPositions()[first ? 0 : split.getDividerPositions().length - 1];
        return first ? at : 1 - at;
    }

    private double position(double share) {
        double bounded = Math.max(0, Math.min(0.9, share));
        return first ? bounded : 1 - bounded;
    }
}
