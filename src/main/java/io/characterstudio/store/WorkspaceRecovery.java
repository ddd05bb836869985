package io.characterstudio.store;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.DisplayTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before the workspace database is opened: finishes a restore chosen last time
 * ({@link WorkspaceRestore}), then checks the database and, if it is damaged or not a database
 * at all, moves it aside (never deleting it) and puts the newest sound backup in its place, or
 * lets a fresh workspace be made when there is none. A missing database while backups exist is
 * treated the same way (the newest sound backup is opened); a first start, without backups, is
 * silent. Says in plain words what it did, naming the backup opened and how many newer ones
 * were damaged too (they are kept). The full check is skipped when the database is byte for byte
 * the file of the last clean close ({@link CleanClose}), whose copy was checked then.
 */
final class WorkspaceRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRecovery.class);
    private static final DateTimeFormatter WHEN = DisplayTime.SECONDS;

    private WorkspaceRecovery() {}

    /**
     * What happened before the open: the notice for the user (empty when the workspace was sound
     * and nothing was done), and the record of the last clean close when the database is still
     * exactly that file (empty when it was checked in full, or is new).
     */
    record Outcome(Optional<String> notice, Optional<CleanClose.Mark> cleanClose) {}

    static Outcome beforeOpen(Path db, WorkspaceBackups backups, Clock clock) throws IOException {
        Optional<String> restored = WorkspaceRestore.finishPending(db, backups, clock);
        if (!Files.exists(db)) {
            List<BackupInfo> all = backups.list();
            if (all.isEmpty()) {
                return new Outcome(restored, Optional.empty());
            }
            LOG.error("The workspace database {} is missing; {} backups exist", db, all.size());
            return new Outcome(
                    Optional.of(openNewestSound(
                            db,
                            all,
                            clock,
                            "The workspace database was missing;" + " Character Studio",
                            "changes made after that backup are lost with the missing file.")),
                    Optional.empty());
        }
        Optional<CleanClose.Mark> clean = CleanClose.unchanged(db);
        if (clean.isPresent()) {
            return new Outcome(restored, clean);
        }
        Optional<String> problem = IntegrityCheck.problem(db);
        if (problem.isEmpty()) {
            return new Outcome(restored, Optional.empty());
        }
        Path aside = IntegrityCheck.moveAside(db, clock.instant(), clock.getZone());
        LOG.error("The workspace database was damaged ({}); moved to {}", problem.get(), aside);
        return new Outcome(
                Optional.of(openNewestSound(
                        db,
                        backups.list(),
                        clock,
                        "The workspace database was damaged," + " so Character Studio moved it aside to " + aside
                                + " (nothing was deleted). It",
                        "changes made after that are only in the damaged file.")),
                Optional.empty());
    }

    /** Copies the newest sound backup to {@code db}; the sentence that says which (and what was damaged). */
    private static String openNewestSound(Path db, List<BackupInfo> backups, Clock clock, String subject, String lost)
            throws IOException {
        int damaged = 0;
        for (BackupInfo b : backups) {
            if (b.sound()) {
                Files.copy(b.file(), db);
                LOG.warn("Opened the backup {} instead", b.file());
                String which = damaged == 0 ? " opened the newest backup instead, taken " : " opened the backup taken ";
                String newer = damaged == 0
                        ? ""
                        : damaged == 1
                                ? " The newest backup was damaged too; it is kept in "
                                        + b.file().getParent() + "."
                                : " The " + damaged + " newer backups were damaged too; they are kept in "
                                        + b.file().getParent() + ".";
                return subject + which + when(b.takenAt(), clock) + " ("
                        + b.file().getFileName() + "); " + lost + newer;
            }
            LOG.warn("The backup {} is damaged too", b.file());
            damaged++;
        }
        return subject
                + (damaged == 0
                        ? " found no backup"
                        : " found no sound backup (the " + damaged + " backups are damaged and kept)")
                + ", so it started with a fresh, empty workspace.";
    }

    /** The time in the clock's time zone, with seconds, as the restore list shows it. */
    static String when(Instant at, Clock clock) {
        return WHEN.format(at.atZone(clock.getZone()));
    }
}
