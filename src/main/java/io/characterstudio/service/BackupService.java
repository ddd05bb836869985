package io.characterstudio.service;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.store.Workspace;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The workspace's backups, off the UI thread: the list, the daily backup, and restoring one at
 * the next start (the workspace as it is is backed up first).
 */
public final class BackupService {

    private final Workspace workspace;
    private final Executor executor;

    public BackupService(Workspace workspace, Executor executor) {
        this.workspace = workspace;
        this.executor = executor;
    }

    /** The backups, the newest first. */
    public CompletableFuture<List<BackupInfo>> list() {
        return CompletableFuture.supplyAsync(() -> workspace.backups().list(), executor);
    }

    /** Takes a backup if none was taken yet today (local date); the new backup, if one was taken. */
    public CompletableFuture<Optional<BackupInfo>> backUpIfDueToday() {
        return CompletableFuture.supplyAsync(
                () -> workspace.backups().dueToday() ? Optional.of(workspace.backupNow()) : Optional.empty(), executor);
    }

    /**
     * Backs the workspace up, then stages {@code chosen} to replace it at the next start; the
     * backup of the workspace as it was.
     */
    public CompletableFuture<BackupInfo> restoreOnNextStart(BackupInfo chosen) {
        return CompletableFuture.supplyAsync(() -> workspace.restoreOnNextStart(chosen), executor);
    }
}
