package io.characterstudio.store;

import io.characterstudio.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of the workspace database's last clean close, in {@code workspace.db.clean-close}
 * beside it: the file's size and CRC-32C after the close, and the backup that holds the same
 * characters (sound, checked when it was taken). When the database still has that size and
 * checksum and no {@code -wal} file, it is byte for byte the file that was closed cleanly, so
 * opening it needs no full integrity check and, if the session writes nothing, closing it needs
 * no new backup. Reading the checksum costs one sequential read of the file, a fraction of
 * {@code PRAGMA quick_check}. Any other state (no record, a crash that left a {@code -wal}, a
 * file changed in any byte, an unreadable record) counts as unknown and gets the full check.
 */
final class CleanClose {

    private static final Logger LOG = LoggerFactory.getLogger(CleanClose.class);
    static final String SUFFIX = ".clean-close";

    /** What was recorded: the database's size and checksum, and the name of the matching backup. */
    record Mark(long size, long crc, String backup) {}

    private CleanClose() {}

    /** The recorded mark, if {@code db} is still exactly the file that was closed cleanly. */
    static Optional<Mark> unchanged(Path db) {
        Path record = file(db);
        try {
            if (!Files.exists(record) || !Files.exists(db) || hasLog(db)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.size() != 3) {
                return Optional.empty();
            }
            Mark mark = new Mark(Long.parseLong(lines.get(0)), Long.parseLong(lines.get(1)), lines.get(2));
            return mark.size() == Files.size(db) && mark.crc() == crc(db) ? Optional.of(mark) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.debug("The record of the last clean close is not usable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Records {@code db} as closed cleanly, its characters held by {@code backup}; logs a failure (it only costs a check). */
    static void record(Path db, Path backup) {
        Path record = file(db);
        Path incoming = record.resolveSibling(record.getFileName() + ".incoming");
        try {
            String text = Files.size(db) + "\n" + crc(db) + "\n" + backup.getFileName() + "\n";
            Files.deleteIfExists(incoming);
            OwnerOnlyFiles.createFile(incoming);
            Files.writeString(incoming, text, StandardCharsets.UTF_8);
            Files.move(incoming, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn(
                    "The clean close could not be recorded ({}); the next start checks the whole workspace",
                    e.getMessage());
            forget(db);
        }
    }

    /** Removes the record: the next open runs the full check. */
    static void forget(Path db) {
        try {
            Files.deleteIfExists(file(db));
        } catch (IOException e) {
            LOG.warn("The record of the last clean close could not be removed: {}", e.getMessage());
        }
    }

    static Path file(Path db) {
        return IntegrityCheck.companion(db, SUFFIX);
    }

    private static boolean hasLog(Path db) throws IOException {
        Path wal = IntegrityCheck.companion(db, "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }

    /** The CRC-32C of the whole file (hardware-assisted: gigabytes a second). */
    static long crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (in.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }
}
