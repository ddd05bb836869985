package io.characterstudio.store;

import io.characterstudio.files.OwnerOnlyFiles;
import io.characterstudio.model.BackupInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rolling backups of the workspace in {@code <data>/backups}: whole copies of the database
 * taken with SQLite's online backup API (consistent while the app runs), named by their UTC
 * time ({@code workspace-20261129-081200-000.db}), owner-only, the newest {@value #KEEP} kept.
 */
public final class WorkspaceBackups {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceBackups.class);
    static final String FOLDER = "backups";
    static final int KEEP = 5;
    private static final String PREFIX = "workspace-";
    private static final String SUFFIX = ".db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    WorkspaceBackups(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** The backups, the newest first, with their size and (read from each) character count. */
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        try {
            for (Path f : files()) {
                found.add(new BackupInfo(f, takenAt(f), Files.size(f), characters(f)));
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
            return files().stream().noneMatch(f -> LocalDate.ofInstant(takenAt(f), clock.getZone()).equals(today));
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

    /**
     * Copies the database of {@code connection} into a new backup (written to a temporary file,
     * checked, then moved into place, so a listed backup is always whole and sound), then keeps
     * the newest {@value #KEEP}. A copy that fails the check is dropped and the old backups stay.
     * Holds the connection's lock while copying; one backup at a time.
     */
    synchronized BackupInfo backup(Connection connection) {
        try {
            OwnerOnlyFiles.createFolder(folder);
            Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            Path target = folder.resolve(PREFIX + STAMP.format(at) + SUFFIX);
            for (int i = 0; i < 1000 && Files.exists(target); i++) {
                at = at.plusMillis(1);
                target = folder.resolve(PREFIX + STAMP.format(at) + SUFFIX);
            }
            Path incoming = folder.resolve(".incoming-" + target.getFileName());
            Files.deleteIfExists(incoming);
            OwnerOnlyFiles.createFile(incoming);
            synchronized (connection) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("backup to " + quoted(incoming));
                }
            }
            singleFile(incoming);
            java.util.Optional<String> problem = IntegrityCheck.problem(incoming);
            if (problem.isPresent()) {
                // A damaged copy must not push a sound backup out of the five.
                Files.delete(incoming);
                throw new WorkspaceException("The workspace looks damaged (" + problem.get() + "), so no backup was"
                        + " taken; the earlier backups are kept.", null);
            }
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            rotate();
            LOG.info("Workspace backed up to {}", target);
            return new BackupInfo(target, at, Files.size(target), characters(target));
        } catch (IOException | SQLException e) {
            throw new WorkspaceException("The workspace could not be backed up to " + folder + ": " + e.getMessage(), e);
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

    /** Deletes all but the newest {@value #KEEP} backups. */
    void rotate() throws IOException {
        List<Path> all = files();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
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

    private static Instant takenAt(Path file) {
        String name = file.getFileName().toString();
        try {
            return STAMP.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()), Instant::from);
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
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
