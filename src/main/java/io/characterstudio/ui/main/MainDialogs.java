package io.characterstudio.ui.main;

import io.characterstudio.ui.backup.BackupDialogs;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.conflict.ConflictDialogs;
import io.characterstudio.ui.connections.ConnectionDialogs;
import io.characterstudio.ui.editor.EditorDialogs;
import io.characterstudio.ui.history.HistoryDialogs;
import io.characterstudio.ui.open.OpenDialogs;
import io.characterstudio.ui.replace.ReplaceDialogs;
import io.characterstudio.ui.transfer.TransferDialogs;
import io.characterstudio.ui.trash.TrashDialogs;

/**
 * The dialogs the main window's commands use, one small interface per feature. The composition root
 * ({@code CharacterStudioApp}) passes the JavaFX implementations; tests pass a fake.
 */
public record MainDialogs(
        DialogService common,
        EditorDialogs editor,
        OpenDialogs open,
        ConnectionDialogs connections,
        BulkDialogs bulk,
        TransferDialogs transfer,
        BackupDialogs backups,
        TrashDialogs trash,
        HistoryDialogs history,
        ReplaceDialogs replace,
        ConflictDialogs conflict) {}
