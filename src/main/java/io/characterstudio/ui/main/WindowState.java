package io.characterstudio.ui.main;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/** Where the window was: position, size, maximized, and the library/editor divider. */
public record WindowState(double x, double y, double width, double height, boolean maximized, double divider) {

    static final String KEY = "window";

    /** Reads the settings value; empty when absent or unreadable (the window then opens centred). */
    static Optional<WindowState> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(";");
        if (parts.length != 6) {
            return Optional.empty();
        }
        try {
            WindowState s = new WindowState(
                    Double.parseDouble(parts[0]),
                    Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]),
                    Boolean.parseBoolean(parts[4]),
                    Double.parseDouble(parts[5]));
            boolean sane = s.width >= 400
                    && s.height >= 300
                    && s.divider > 0.05
                    && s.divider < 0.95
                    && Double.isFinite(s.x)
                    && Double.isFinite(s.y);
            return sane ? Optional.of(s) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * This window brought onto the screens (their visual bounds, the primary first): it stays on
     * the screen it overlaps most (the primary when it overlaps none), no larger than that screen
     * and moved just enough to lie wholly on it. A window that fits is returned unchanged.
     */
    public WindowState fitInto(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D screen = screens.get(0);
        double best = 0;
        for (Rectangle2D s : screens) {
            double overlap = overlap(s);
            if (overlap > best) {
                best = overlap;
                screen = s;
            }
        }
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        double nx = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double ny = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new WindowState(nx, ny, w, h, maximized, divider);
    }

    private double overlap(Rectangle2D s) {
        double w = Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX());
        double h = Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    Map<String, String> toSettings() {
        return Map.of(KEY, x + ";" + y + ";" + width + ";" + height + ";" + maximized + ";" + divider);
    }
}
