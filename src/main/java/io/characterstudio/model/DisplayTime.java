package io.characterstudio.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the app writes a moment for people, in the machine's time zone: "3 Mar 2026, 14:05" (and ":09" with seconds). */
public final class DisplayTime {

    /** Day, month, year and minute: "3 Mar 2026, 14:05". */
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    /** {@link #MINUTES} with the seconds: "3 Mar 2026, 14:05:09". */
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");
    /** The time of day only: "14:05". */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DisplayTime() {}

    /** {@code at} to the minute in the machine's time zone. */
    public static String minutes(Instant at) {
        return MINUTES.format(at.atZone(ZoneId.systemDefault()));
    }
}
