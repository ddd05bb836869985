package io.characterstudio.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup of the workspace: its file, when it was taken, its size in bytes, and how many
 * characters it knows (not deleted), or -1 when that could not be read.
 */
public record BackupInfo(Path file, Instant takenAt, long sizeBytes, int characters) {
}
