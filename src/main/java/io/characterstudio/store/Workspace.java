package io.characterstudio.store;

import io.characterstudio.files.OwnerOnlyFiles;
import io.characterstudio.model.BackupInfo;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local workspace in the data folder: a SQLite database (WAL mode, so a killed process
 * leaves it readable) guarded by a lock file, so that a second app on the same folder is told
 * plainly that it is in use instead of sharing it half-way. The folder and its files are made
 * owner-only when opened (see {@link OwnerOnlyFiles}).
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    static final String DATABASE_FILE = "workspace.db";
    static final String LOCK_FILE = "workspace.lock";

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection connection;
    private final KnownCharacterStore knownCharacters;
    private final SettingsStore settings;
    private final ConnectionStore connections;
    private final KeyFile keys;
    private final DraftStore drafts;
    private final TrashStore trash;
    private final RevisionStore revisions;
    private final TagStore tags;
    private final WorkspaceBackups backups;
    private final Optional<String> startNotice;
    private final Optional<CleanClose.Mark> cleanAtOpen;

    private Workspace(
            Path dataDir,
            FileChannel lockChannel,
            FileLock lock,
            Connection connection,
            KnownCharacterStore knownCharacters,
            WorkspaceBackups backups,
            WorkspaceRecovery.Outcome atOpen) {
        this.dataDir = dataDir;
        this.backups = backups;
        this.startNotice = atOpen.notice();
        this.cleanAtOpen = atOpen.cleanClose();
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.knownCharacters = knownCharacters;
        this.settings = new SettingsStore(connection);
        this.connections = new ConnectionStore(connection, knownCharacters.clock());
        this.keys = new KeyFile(dataDir);
        this.drafts = new DraftStore(connection, knownCharacters.mapper());
        this.trash = new TrashStore(connection, knownCharacters.mapper());
        this.tags = new TagStore(connection);
        this.revisions = new RevisionStore(connection, knownCharacters.mapper(), knownCharacters.clock());
    }

    /**
     * Opens (creating or migrating) the workspace of {@code dataDir}. Before the database is
     * opened, a restore chosen last time is finished and a damaged database is moved aside and
     * replaced by the newest sound backup ({@link WorkspaceRecovery}); {@link #startNotice()} says so.
     *
     * @throws WorkspaceInUseException when another app holds the folder
     * @throws WorkspaceException      when the folder or the database cannot be used
     */
    public static Workspace open(Path dataDir, JsonMapper mapper, Clock clock) {
        FileChannel channel = null;
        try {
            OwnerOnlyFiles.createFolder(dataDir);
            channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new WorkspaceInUseException(dataDir);
            }
            WorkspaceBackups backups = new WorkspaceBackups(dataDir, clock);
            WorkspaceRecovery.Outcome outcome =
                    WorkspaceRecovery.beforeOpen(dataDir.resolve(DATABASE_FILE), backups, clock);
            Connection c = DriverManager.getConnection(
                    "jdbc:sqlite:" + dataDir.resolve(DATABASE_FILE).toAbsolutePath());
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA busy_timeout=5000");
                }
                if (Migrations.apply(c)) {
                    outcome = new WorkspaceRecovery.Outcome(outcome.notice(), Optional.empty());
                }
                OwnerOnlyFiles.restrictExisting(
                        dataDir,
                        DATABASE_FILE,
                        DATABASE_FILE + "-wal",
                        DATABASE_FILE + "-shm",
                        LOCK_FILE,
                        KeyFile.FILE_NAME);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            LOG.info("Workspace open in {}", dataDir);
            return new Workspace(
                    dataDir, channel, lock, c, new KnownCharacterStore(c, mapper, clock), backups, outcome);
        } catch (RuntimeException e) {
            // WorkspaceInUseException, or a recovery that failed: the lock must not outlive it
            closeQuietly(channel);
            throw e;
        } catch (IOException | SQLException e) {
            closeQuietly(channel);
            throw new WorkspaceException("The workspace in " + dataDir + " cannot be opened: " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** What the user must be told about this start (a damaged database replaced, a restore finished). */
    public Optional<String> startNotice() {
        return startNotice;
    }

    /**
     * Whether the app closed this workspace cleanly last time ({@link CleanClose}: the record of a
     * clean close matches the file and no {@code -wal} is left); false after a crash or a kill, a
     * close whose backup or record failed, a first start or a database replaced by a backup.
     */
    public boolean lastCloseWasClean() {
        return cleanAtOpen.isPresent();
    }

    /** Whether opening ran the full integrity check (it does unless {@link CleanClose} vouched for the file). */
    boolean fullCheckAtOpen() {
        return cleanAtOpen.isEmpty();
    }

    /** The rolling backups of this workspace. */
    public WorkspaceBackups backups() {
        return backups;
    }

    /**
     * Takes the daily backup of the open database now (blocking: call it off the UI thread); if
     * nothing changed since the newest backup, no copy is kept and that backup is returned.
     */
    public BackupInfo backupNow() {
        return backups.backup(connection, BackupInfo.Reason.DAILY);
    }

    /**
     * Backs the open database up, then stages {@code chosen} to replace it at the next start;
     * the backup of the current state (nothing is lost).
     */
    public BackupInfo restoreOnNextStart(BackupInfo chosen) {
        return WorkspaceRestore.request(dataDir.resolve(DATABASE_FILE), connection, backups, chosen);
    }

    /** Whether a restore waits for the next start. */
    public boolean restorePending() {
        return WorkspaceRestore.pending(dataDir.resolve(DATABASE_FILE));
    }

    public KnownCharacterStore knownCharacters() {
        return knownCharacters;
    }

    public TagStore tags() {
        return tags;
    }

    public RevisionStore revisions() {
        return revisions;
    }

    public TrashStore trash() {
        return trash;
    }

    public DraftStore drafts() {
        return drafts;
    }

    public ConnectionStore connections() {
        return connections;
    }

    /** The API keys of the connections, kept beside the database in an owner-only file. */
    public KeyFile keys() {
        return keys;
    }

    public SettingsStore settings() {
        return settings;
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        synchronized (connection) {
            try {
                return Migrations.version(connection);
            } catch (SQLException e) {
                throw new WorkspaceException("The workspace cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Backs the database up (see {@link WorkspaceBackups}), then closes it, records the clean
     * close ({@link CleanClose}) and releases the folder. A session that wrote nothing to a file
     * that was already backed up at its last clean close (the backup still there) takes no copy.
     */
    @Override
    public void close() {
        Path db = dataDir.resolve(DATABASE_FILE);
        Optional<Path> backedUp = cleanAtOpen
                .filter(mark -> !changedSinceOpen())
                .map(mark -> backups.folder().resolve(mark.backup()))
                .filter(Files::exists);
        boolean asAtOpen = backedUp.isPresent();
        if (!asAtOpen) {
            try {
                backedUp = Optional.of(
                        backups.backup(connection, BackupInfo.Reason.AT_CLOSE).file());
            } catch (RuntimeException e) {
                LOG.error("The workspace could not be backed up at exit", e);
            }
        }
        boolean closed;
        synchronized (connection) {
            try {
                connection.close();
                closed = true;
            } catch (SQLException e) {
                closed = false;
                LOG.warn("Closing the workspace database failed: {}", e.getMessage());
            }
        }
        if (closed && asAtOpen) {
            LOG.debug("Workspace unchanged since it was opened; its record of a clean close stands");
        } else if (closed && backedUp.isPresent()) {
            CleanClose.record(db, backedUp.get());
        } else {
            CleanClose.forget(db);
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Releasing the workspace lock failed: {}", e.getMessage());
        }
        closeQuietly(lockChannel);
    }

    /** Whether this connection changed any row since it was opened (true when that cannot be read). */
    private boolean changedSinceOpen() {
        synchronized (connection) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT total_changes()")) {
                return !rs.next() || rs.getLong(1) != 0;
            } catch (SQLException e) {
                return true;
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing the lock file failed: {}", e.getMessage());
            }
        }
    }
}
