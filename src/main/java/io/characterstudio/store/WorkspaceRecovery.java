package io.characterstudio.store;

import io.characterstudio.model.BackupInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Runs before the workspace database is opened: finishes a restore chosen last time
 * ({@link WorkspaceRestore}), then checks the database and, if it is damaged or not a database
 * at all, moves it aside (never deleting it) and puts the newest sound backup in its place, or
 * lets a fresh workspace be made when there is none. Says in plain words what it did.
 */
final class WorkspaceRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRecovery.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private WorkspaceRecovery() {
    }

    /** What the user must be told, or empty when the workspace was sound and nothing was done. */
    static Optional<String> beforeOpen(Path db, WorkspaceBackups backups, Clock clock) throws IOException {
        Optional<String> restored = WorkspaceRestore.finishPending(db, backups, clock);
        Optional<String> problem = IntegrityCheck.problem(db);
        if (problem.isEmpty()) {
            return restored;
        }
        Path aside = IntegrityCheck.moveAside(db, clock.instant(), clock.getZone());
        LOG.error("The workspace database was damaged ({}); moved to {}", problem.get(), aside);
        String said = "The workspace database was damaged, so Character Studio moved it aside to " + aside
                + " (nothing was deleted). ";
        for (BackupInfo b : backups.list()) {
            if (IntegrityCheck.problem(b.file()).isEmpty()) {
                Files.copy(b.file(), db);
                LOG.warn("Opened the backup {} instead", b.file());
                return Optional.of(said + "It opened the newest backup instead, taken " + when(b.takenAt(), clock)
                        + " (" + b.file().getFileName() + "); changes made after that are only in the damaged file.");
            }
            LOG.warn("The backup {} is damaged too", b.file());
        }
        return Optional.of(said + "There was no sound backup, so it started with a fresh, empty workspace.");
    }

    static String when(Instant at, Clock clock) {
        return WHEN.format(at.atZone(clock.getZone()));
    }
}
