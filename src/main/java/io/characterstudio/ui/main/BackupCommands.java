package io.characterstudio.ui.main;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.service.BackupService;
import io.characterstudio.ui.common.BackupDialogs;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.StatusModel;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * File > Restore a backup…: lists the workspace's backups, asks which and for confirmation,
 * then backs the workspace up and stages the chosen backup, which replaces the workspace at the
 * next start ("restart to finish"). Also tells the user at start what was done to the workspace.
 * The reading and writing run on the service's executor, the dialogs on {@code ui}.
 */
public final class BackupCommands {

    static final String TITLE = "Restore a backup";
    private final BackupService backups;
    private final DialogService dialogs;
    private final StatusModel status;
    private final Executor ui;

    public BackupCommands(BackupService backups, DialogService dialogs, StatusModel status, Executor ui) {
        this.backups = backups;
        this.dialogs = dialogs;
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
        return backups.list().handleAsync((list, error) -> {
            if (error != null) {
                op.failed("The backups could not be read: " + message(error), error);
                return Optional.<BackupInfo>empty();
            }
            op.succeeded(list.size() + " backups.");
            if (list.isEmpty()) {
                dialogs.showNotice(TITLE, "There is no backup yet. Character Studio backs the workspace up when"
                        + " it closes and on the first start of each day.");
                return Optional.<BackupInfo>empty();
            }
            Optional<BackupInfo> chosen = dialogs.askBackup(list).filter(b -> dialogs.confirm(TITLE,
                    "Replace the workspace with the backup of " + BackupDialogs.describe(b) + "?\n\nThe workspace as"
                            + " it is now is backed up first, so nothing is lost. The backup takes its place"
                            + " when Character Studio starts next."));
            if (chosen.isEmpty()) {
                status.succeeded("Nothing restored.");
            }
            return chosen;
        }, ui).thenCompose(chosen -> chosen.map(this::stage).orElse(CompletableFuture.completedFuture(false)));
    }

    private CompletableFuture<Boolean> stage(BackupInfo chosen) {
        StatusModel.Operation op = status.begin("Backing up the workspace and preparing the backup…");
        return backups.restoreOnNextStart(chosen).handleAsync((safety, error) -> {
            if (error != null) {
                op.failed("Nothing restored: " + message(error), error);
                dialogs.showError(TITLE, "Nothing was restored: " + message(error));
                return false;
            }
            op.succeeded("Restart Character Studio to finish restoring the backup.");
            dialogs.showNotice("Restart to finish", "Restart Character Studio to finish: the backup of "
                    + BackupDialogs.describe(chosen) + " replaces the workspace when the app starts next.\n\n"
                    + "The workspace as it was is kept as the backup " + safety.file().getFileName()
                    + "; what you change before restarting is backed up again when the app closes.");
            return true;
        }, ui);
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
