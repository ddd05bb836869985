package io.characterstudio.ui.main;

import java.util.Map;
import java.util.Optional;

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
            WindowState s = new WindowState(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]),
                    Double.parseDouble(parts[5]));
            boolean sane = s.width >= 400 && s.height >= 300 && s.divider > 0.05 && s.divider < 0.95
                    && Double.isFinite(s.x) && Double.isFinite(s.y);
            return sane ? Optional.of(s) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Map<String, String> toSettings() {
        return Map.of(KEY, x + ";" + y + ";" + width + ";" + height + ";" + maximized + ";" + divider);
    }
}
