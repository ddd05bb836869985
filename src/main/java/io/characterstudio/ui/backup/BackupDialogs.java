package io.characterstudio.ui.backup;

import io.characterstudio.model.BackupInfo;
import java.util.List;
import java.util.Optional;

/** The backup feature's question to the user; {@link FxBackupDialogs} in the app, a fake in tests. */
public interface BackupDialogs {

    /**
     * The backups of the workspace to choose one to restore (newest first; damaged ones are shown
     * but cannot be chosen); empty if cancelled.
     */
    Optional<BackupInfo> askBackup(List<BackupInfo> backups);
}
