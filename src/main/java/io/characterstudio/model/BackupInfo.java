package io.characterstudio.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A backup of the workspace: its file, when it was taken, why, its size in bytes, how many
 * characters it knows (not deleted, -1 when that could not be read), and whether it passed the
 * integrity check (a damaged backup is listed but cannot be restored).
 */
public record BackupInfo(Path file, Instant takenAt, Reason reason, long sizeBytes, int characters, boolean sound) {

    /** Why a backup was taken; the tag is part of its file name (none for backups of older versions). */
    public enum Reason {
        UNTAGGED("", ""),
        AT_CLOSE("at-close", "at close"),
        DAILY("daily", "first start of the day"),
        BEFORE_RESTORE("before-restore", "before a restore");

        private final String tag;
        private final String label;

        Reason(String tag, String label) {
            this.tag = tag;
            this.label = label;
        }

        /** The tag in the file name ({@code workspace-<time>-<tag>.db}); empty for untagged. */
        public String tag() {
            return tag;
        }

        /** What the restore list shows; empty for untagged. */
        public String label() {
            return label;
        }

        /** The reason of {@code tag}, or empty if it is not one. */
        public static Optional<Reason> ofTag(String tag) {
            for (Reason r : values()) {
                if (r.tag.equals(tag)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }
}
