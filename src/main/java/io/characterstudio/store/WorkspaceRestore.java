package io.characterstudio.store;

import io.characterstudio.files.OwnerOnlyFiles;
import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.BackupInfo.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup, finished at the next start: the chosen backup is copied now to
 * {@code workspace.db.restore} (so rotation cannot remove it; its name is noted in
 * {@code workspace.db.restore-from}), and the next start, before the database is opened, backs up
 * the current database once more (tagged {@code before-restore}) and then puts the copy in its
 * place. The open database is never swapped under the running app.
 */
final class WorkspaceRestore {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRestore.class);
    static final String STAGED_SUFFIX = ".restore";
    static final String FROM_SUFFIX = ".restore-from";

    private WorkspaceRestore() {}

    /**
     * Backs up the open workspace (the safety copy, tagged {@code before-restore}, returned), then
     * stages {@code chosen} for the next start. A damaged or vanished backup is refused in plain
     * words and nothing is staged.
     */
    static BackupInfo request(Path db, Connection open, WorkspaceBackups backups, BackupInfo chosen) {
        String name = chosen.file().getFileName().toString();
        if (!Files.isRegularFile(chosen.file())) {
            throw new WorkspaceException("The backup " + name + " is gone, so it cannot be restored.", null);
        }
        Optional<String> problem = IntegrityCheck.problem(chosen.file());
        if (problem.isPresent()) {
            LOG.warn("The backup {} is damaged: {}", chosen.file(), problem.get());
            throw new WorkspaceException(
                    "The backup " + name + " is damaged, so it cannot be restored." + " Choose another backup.", null);
        }
        BackupInfo safety = backups.backup(open, Reason.BEFORE_RESTORE);
        Path staged = staged(db);
        Path incoming = staged.resolveSibling(staged.getFileName() + ".incoming");
        try {
            Files.copy(chosen.file(), incoming, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(from(db));
            OwnerOnlyFiles.createFile(from(db));
            Files.writeString(from(db), name, StandardCharsets.UTF_8);
            Files.move(incoming, staged, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WorkspaceException("The backup could not be prepared for restoring: " + e.getMessage(), e);
        }
        LOG.info(
                "Backup {} staged for the next start; the current workspace was backed up to {}",
                chosen.file(),
                safety.file());
        return safety;
    }

    /** Whether a restore waits for the next start. */
    static boolean pending(Path db) {
        return Files.exists(staged(db));
    }

    /**
     * Puts a staged backup in place of {@code db}, after backing {@code db} up (tagged
     * {@code before-restore}) or, if it is damaged, moving it aside; what to tell the user, naming
     * the backup restored and where the workspace as it was is kept.
     */
    static Optional<String> finishPending(Path db, WorkspaceBackups backups, Clock clock) throws IOException {
        Path staged = staged(db);
        if (!Files.exists(staged)) {
            return Optional.empty();
        }
        String before = "";
        if (Files.exists(db) && IntegrityCheck.problem(db).isPresent()) {
            before = " The workspace as it was before was damaged and is kept as "
                    + IntegrityCheck.moveAside(db, clock.instant(), clock.getZone()) + ".";
        } else if (Files.exists(db)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
                BackupInfo safety = backups.backup(c, Reason.BEFORE_RESTORE);
                before = " The workspace as it was before is kept as the backup "
                        + safety.file().getFileName() + " in " + backups.folder() + ".";
            } catch (SQLException e) {
                throw new WorkspaceException(
                        "The workspace could not be backed up before restoring: " + e.getMessage(), e);
            }
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(IntegrityCheck.companion(db, suffix));
        }
        String restored = Files.exists(from(db))
                ? " " + Files.readString(from(db), StandardCharsets.UTF_8).strip()
                : "";
        Files.move(staged, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(from(db));
        LOG.info("Restored the staged backup{} into {}", restored, db);
        return Optional.of("The backup" + restored + " you chose was restored." + before);
    }

    private static Path staged(Path db) {
        return db.resolveSibling(db.getFileName() + STAGED_SUFFIX);
    }

    private static Path from(Path db) {
        return db.resolveSibling(db.getFileName() + FROM_SUFFIX);
    }
}
