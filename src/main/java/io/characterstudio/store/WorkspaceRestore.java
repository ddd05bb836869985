package io.characterstudio.store;

import io.characterstudio.model.BackupInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Restoring a backup, finished at the next start: the chosen backup is copied now to
 * {@code workspace.db.restore} (so rotation cannot remove it), and the next start, before the
 * database is opened, backs up the current database once more and then puts the copy in its
 * place. The open database is never swapped under the running app.
 */
final class WorkspaceRestore {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRestore.class);
    static final String STAGED_SUFFIX = ".restore";

    private WorkspaceRestore() {
    }

    /**
     * Backs up the open workspace (the safety copy, returned), then stages {@code chosen} for
     * the next start. A damaged or vanished backup is refused and nothing is staged.
     */
    static BackupInfo request(Path db, Connection open, WorkspaceBackups backups, BackupInfo chosen) {
        Optional<String> problem = IntegrityCheck.problem(chosen.file());
        if (!Files.isRegularFile(chosen.file()) || problem.isPresent()) {
            throw new WorkspaceException("The backup " + chosen.file().getFileName() + " cannot be restored: "
                    + problem.orElse("it is gone"), null);
        }
        BackupInfo safety = backups.backup(open);
        Path staged = staged(db);
        Path incoming = staged.resolveSibling(staged.getFileName() + ".incoming");
        try {
            Files.copy(chosen.file(), incoming, StandardCopyOption.REPLACE_EXISTING);
            Files.move(incoming, staged, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WorkspaceException("The backup could not be prepared for restoring: " + e.getMessage(), e);
        }
        LOG.info("Backup {} staged for the next start; the current workspace was backed up to {}", chosen.file(),
                safety.file());
        return safety;
    }

    /** Whether a restore waits for the next start. */
    static boolean pending(Path db) {
        return Files.exists(staged(db));
    }

    /**
     * Puts a staged backup in place of {@code db}, after backing {@code db} up (or, if it is
     * damaged, moving it aside); what to tell the user.
     */
    static Optional<String> finishPending(Path db, WorkspaceBackups backups, Clock clock) throws IOException {
        Path staged = staged(db);
        if (!Files.exists(staged)) {
            return Optional.empty();
        }
        String before = "The workspace as it was before is kept in " + backups.folder() + ".";
        if (Files.exists(db) && IntegrityCheck.problem(db).isPresent()) {
            before = "The workspace as it was before was damaged and is kept as "
                    + IntegrityCheck.moveAside(db, clock.instant(), clock.getZone()) + ".";
        } else if (Files.exists(db)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
                backups.backup(c);
            } catch (SQLException e) {
                throw new WorkspaceException("The workspace could not be backed up before restoring: " + e.getMessage(), e);
            }
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(IntegrityCheck.companion(db, suffix));
        }
        Files.move(staged, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Restored the staged backup into {}", db);
        return Optional.of("The backup you chose was restored. " + before);
    }

    private static Path staged(Path db) {
        return db.resolveSibling(db.getFileName() + STAGED_SUFFIX);
    }
}
