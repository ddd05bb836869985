package io.characterstudio.ui.main;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.service.BackupService;
import io.characterstudio.ui.backup.BackupDialogs;
import io.characterstudio.ui.backup.BackupTexts;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.StatusModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * File > Restore a backup…: lists the workspace's backups (damaged ones cannot be chosen), asks
 * which and for confirmation ("Restore at next start" / "Cancel"), then backs the workspace up
 * and stages the chosen backup, which replaces the workspace at the next start, and offers
 * "Quit now" (the normal quit, which asks about unsaved edits). Also tells the user at start what
 * was done to the workspace. The reading and writing run on the service's executor, the dialogs
 * on {@code ui}.
 */
public final class BackupCommands {

    static final String TITLE = "Restore a backup";
    private final BackupService backups;
    private final DialogService dialogs;
    private final BackupDialogs backupDialogs;
    private final StatusModel status;
    private final Executor ui;
    private final Runnable quit;

    /** {@code quit} is the app's normal quit (File > Quit), offered once a restore is staged. */
    public BackupCommands(
            BackupService backups,
            DialogService dialogs,
            BackupDialogs backupDialogs,
            StatusModel status,
            Executor ui,
            Runnable quit) {
        this.backups = backups;
        this.quit = quit;
        this.dialogs = dialogs;
        this.backupDialogs = backupDialogs;
        this.status = status;
        this.ui = ui;
    }

    /** Shows each start-up notice (a damaged workspace replaced by a backup, a restore finished). */
    public void tellAtStart(List<String> notices) {
        for (String notice : notices) {
            status.succeeded(notice);
            dialogs.showNotice("About your workspace", notice);
        }
    }

    /** Asks for a backup and stages it; true when a restore waits for the next start. */
    public CompletableFuture<Boolean> restore() {
        StatusModel.Operation op = status.begin("Reading the backups…");
        return backups.list()
                .handleAsync(
                        (list, error) -> {
                            if (error != null) {
                                op.failed("The backups could not be read: " + message(error), error);
                                return Optional.<BackupInfo>empty();
                            }
                            op.succeeded(list.size() + " backups.");
                            if (list.isEmpty()) {
                                dialogs.showNotice(
                                        TITLE,
                                        "There is no backup yet. Character Studio backs the workspace up when"
                                                + " it closes and on the first start of each day.");
                                return Optional.<BackupInfo>empty();
                            }
                            Optional<BackupInfo> picked = backupDialogs.askBackup(list);
                            if (picked.isPresent() && !picked.get().sound()) {
                                status.failed("Nothing restored: that backup is damaged.");
                                dialogs.showError(
                                        TITLE,
                                        "The backup " + picked.get().file().getFileName() + " is damaged, so it"
                                                + " cannot be restored. Choose another backup.");
                                return Optional.<BackupInfo>empty();
                            }
                            Optional<BackupInfo> chosen = picked.filter(
                                    b -> dialogs.askAction(TITLE, confirmation(b), "Restore at next start", "Cancel"));
                            if (chosen.isEmpty()) {
                                status.succeeded("Nothing restored.");
                            }
                            return chosen;
                        },
                        ui)
                .thenCompose(chosen -> chosen.map(this::stage).orElse(CompletableFuture.completedFuture(false)));
    }

    private CompletableFuture<Boolean> stage(BackupInfo chosen) {
        StatusModel.Operation op = status.begin("Backing up the workspace and preparing the backup…");
        return backups.restoreOnNextStart(chosen)
                .handleAsync(
                        (safety, error) -> {
                            if (error != null) {
                                op.failed("Nothing restored: " + message(error), error);
                                dialogs.showError(TITLE, "Nothing was restored: " + message(error));
                                return false;
                            }
                            op.succeeded("Quit and start Character Studio again to finish restoring the backup.");
                            if (dialogs.askAction(
                                    "Quit and start again to finish",
                                    "The backup " + chosen.file().getFileName()
                                            + " replaces the workspace when Character Studio starts next. Quit and start it again to"
                                            + " finish.\n\nThe workspace as it is now is kept as the backup "
                                            + safety.file().getFileName()
                                            + ". What you change before quitting is kept in a backup too, but the restored workspace"
                                            + " will not show it.",
                                    "Quit now",
                                    "Later")) {
                                quit.run();
                            }
                            return true;
                        },
                        ui);
    }

    /** The confirmation, a plain sentence: what the restore does and what leaves the library. */
    static String confirmation(BackupInfo b) {
        return "Restore the backup taken " + BackupTexts.when(b) + ", which holds "
                + BackupTexts.characters(b.characters()) + "?\n\n"
                + "Characters created after that backup leave the library, but they still exist on the server:"
                + " Sync with account brings them back. The workspace as it is now is backed up first, so"
                + " nothing is lost. The backup takes the workspace's place when Character Studio starts next:"
                + " quit and start it again to finish.";
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
