package io.characterstudio.ui.backup;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.DisplayTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a backup is described to the user: when it was taken and how many characters it holds. */
public final class BackupTexts {

    private static final DateTimeFormatter WHEN = DisplayTime.SECONDS;

    private BackupTexts() {}

    /** When the backup was taken, in the local time zone, with seconds. */
    public static String when(BackupInfo b) {
        return WHEN.format(b.takenAt().atZone(ZoneId.systemDefault()));
    }

    /** "1 character", "40 characters", or "unreadable" for -1. */
    public static String characters(int count) {
        return count < 0 ? "unreadable" : count == 1 ? "1 character" : count + " characters";
    }

    /**
     * A row of the list, in the local time zone: "29 Nov 2026, 08:12:00 · at close · 40 characters
     * · 1.2 MB", or "… · damaged" for a backup that failed the integrity check.
     */
    public static String describe(BackupInfo b) {
        String size = b.sizeBytes() >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", b.sizeBytes() / (1024.0 * 1024.0))
                : Math.max(1, (b.sizeBytes() + 1023) / 1024) + " KB";
        String reason = b.reason().label().isEmpty() ? "" : " · " + b.reason().label();
        String state = !b.sound() ? "damaged" : characters(b.characters());
        return when(b) + reason + " · " + state + " · " + size;
    }
}
