package io.characterstudio.store;

import io.characterstudio.files.OwnerOnlyFiles;
import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.BackupInfo.Reason;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The rolling backups of the workspace in {@code <data>/backups}: whole copies of the database
 * taken with SQLite's online backup API (consistent while the app runs), named by their UTC
 * time and reason ({@code workspace-20261129-081200-000-at-close.db}), owner-only. A copy whose
 * bytes equal the newest backup's (SHA-256) is not kept, except a copy taken before a restore.
 * Rotation keeps the newest {@value #KEEP} ordinary backups and, besides them, the newest
 * {@value #KEEP_BEFORE_RESTORE} taken before a restore.
 */
public final class WorkspaceBackups {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceBackups.class);
    static final String FOLDER = "backups";
    static final int KEEP = 5;
    static final int KEEP_BEFORE_RESTORE = 2;
    private static final int STAMP_LENGTH = "yyyyMMdd-HHmmss-SSS".length();
    private static final String PREFIX = "workspace-";
    private static final String SUFFIX = ".db";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;
    private int copiesMade;

    WorkspaceBackups(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** How many copies of the database this object made (kept or dropped as unchanged). */
    synchronized int copiesMade() {
        return copiesMade;
    }

    /**
     * The backups, the newest first, with their reason, size and (read from each) character count
     * and integrity (each is checked, so listing reads every backup once).
     */
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        try {
            for (Path f : files()) {
                found.add(info(f));
            }
        } catch (IOException e) {
            throw new WorkspaceException("The backups in " + folder + " cannot be listed: " + e.getMessage(), e);
        }
        return found;
    }

    /** True when no backup was taken yet on today's date (in the clock's time zone). */
    public boolean dueToday() {
        LocalDate today = LocalDate.now(clock);
        try {
            return files().stream()
                    .noneMatch(f ->
                            LocalDate.ofInstant(takenAt(f), clock.getZone()).equals(today));
        } catch (IOException e) {
            throw new WorkspaceException("The backups in " + folder + " cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The backup files by their names' times, the newest first. */
    private List<Path> files() throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                if (takenAt(f) != null) {
                    found.add(f);
                }
            }
        }
        found.sort(Comparator.comparing(WorkspaceBackups::takenAt).reversed());
        return found;
    }

    private BackupInfo info(Path f) throws IOException {
        return new BackupInfo(
                f,
                takenAt(f),
                reason(f),
                Files.size(f),
                characters(f),
                IntegrityCheck.problem(f).isEmpty());
    }

    /**
     * Copies the database of {@code connection} into a new backup (written to a temporary file,
     * checked, then moved into place, so a listed backup is always whole and sound), then rotates.
     * A copy that fails the check is dropped and the old backups stay. A copy with the same bytes
     * as the newest backup is dropped too and that backup returned (nothing changed since), unless
     * {@code reason} is {@link Reason#BEFORE_RESTORE}. Holds the connection's lock while copying;
     * one backup at a time.
     */
    synchronized BackupInfo backup(Connection connection, Reason reason) {
        try {
            OwnerOnlyFiles.createFolder(folder);
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Path target = folder.resolve(name(at, reason));
            for (int i = 0; i < 1000 && Files.exists(target); i++) {
                at = at.plusMillis(1);
                target = folder.resolve(name(at, reason));
            }
            Path incoming = folder.resolve(".incoming-" + target.getFileName());
            Files.deleteIfExists(incoming);
            OwnerOnlyFiles.createFile(incoming);
            synchronized (connection) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("backup to " + quoted(incoming));
                }
            }
            copiesMade++;
            singleFile(incoming);
            Optional<String> problem = IntegrityCheck.problem(incoming);
            if (problem.isPresent()) {
                // A damaged copy must not push a sound backup out of the five.
                Files.delete(incoming);
                throw new WorkspaceException(
                        "The workspace looks damaged (" + problem.get() + "), so no backup was"
                                + " taken; the earlier backups are kept.",
                        null);
            }
            List<Path> existing = files();
            if (reason != Reason.BEFORE_RESTORE
                    && !existing.isEmpty()
                    && ContentHash.sameBytes(incoming, existing.get(0))) {
                Files.delete(incoming);
                LOG.info(
                        "Workspace unchanged since the backup {}; no new backup",
                        existing.get(0).getFileName());
                return info(existing.get(0));
            }
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            rotate();
            LOG.info("Workspace backed up to {}", target);
            return info(target);
        } catch (IOException | SQLException e) {
            throw new WorkspaceException(
                    "The workspace could not be backed up to " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Turns the copy of a WAL database into a rollback-journal one, so that reading a backup
     * later makes no {@code -wal} and {@code -shm} files beside it (the workspace turns WAL back
     * on when it opens a restored copy).
     */
    private static void singleFile(Path copy) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        }
    }

    /**
     * Deletes all but the newest {@value #KEEP} ordinary backups and the newest
     * {@value #KEEP_BEFORE_RESTORE} taken before a restore.
     */
    void rotate() throws IOException {
        int ordinary = 0;
        int beforeRestore = 0;
        for (Path f : files()) {
            boolean safety = reason(f) == Reason.BEFORE_RESTORE;
            int rank = safety ? ++beforeRestore : ++ordinary;
            if (rank > (safety ? KEEP_BEFORE_RESTORE : KEEP)) {
                Files.deleteIfExists(f);
            }
        }
    }

    /**
     * The path as the driver's {@code backup to} statement reads it: in double quotes (spaces
     * are fine), or single quotes if it holds a double quote; a path with both is refused.
     */
    static String quoted(Path file) {
        String path = file.toAbsolutePath().toString();
        if (!path.contains("\"")) {
            return "\"" + path + "\"";
        }
        if (!path.contains("'")) {
            return "'" + path + "'";
        }
        throw new WorkspaceException("A backup cannot be written to a path with both kinds of quotes: " + path, null);
    }

    private static String name(Instant at, Reason reason) {
        return PREFIX + STAMP.format(at) + (reason.tag().isEmpty() ? "" : "-" + reason.tag()) + SUFFIX;
    }

    /** The time in a backup's name, or null if the name is not a backup's. */
    private static Instant takenAt(Path file) {
        String name = file.getFileName().toString();
        try {
            if (reasonTag(name) == null) {
                return null;
            }
            return STAMP.parse(name.substring(PREFIX.length(), PREFIX.length() + STAMP_LENGTH), Instant::from);
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static Reason reason(Path file) {
        return Reason.ofTag(reasonTag(file.getFileName().toString())).orElse(Reason.UNTAGGED);
    }

    /** What follows the time in a backup's name ("" or a known tag), or null if the name is not a backup's. */
    private static String reasonTag(String name) {
        int end = name.length() - SUFFIX.length();
        int afterStamp = PREFIX.length() + STAMP_LENGTH;
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX) || end < afterStamp) {
            return null;
        }
        String rest = name.substring(afterStamp, end);
        String tag = rest.isEmpty() ? "" : rest.startsWith("-") ? rest.substring(1) : null;
        return tag != null && Reason.ofTag(tag).isPresent() ? tag : null;
    }

    /** The characters (not deleted) a backup knows, read-only; -1 if it cannot be read. */
    static int characters(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM known_characters WHERE status <> 'DELETED'")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }
}
