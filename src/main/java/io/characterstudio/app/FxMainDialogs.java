package io.characterstudio.app;

import io.characterstudio.ui.backup.FxBackupDialogs;
import io.characterstudio.ui.bulk.FxBulkDialogs;
import io.characterstudio.ui.common.FolderOpener;
import io.characterstudio.ui.common.FxDialogService;
import io.characterstudio.ui.conflict.FxConflictDialogs;
import io.characterstudio.ui.connections.FxConnectionDialogs;
import io.characterstudio.ui.editor.FxEditorDialogs;
import io.characterstudio.ui.history.FxHistoryDialogs;
import io.characterstudio.ui.main.MainDialogs;
import io.characterstudio.ui.open.FxOpenDialogs;
import io.characterstudio.ui.replace.FxReplaceDialogs;
import io.characterstudio.ui.transfer.FxTransferDialogs;
import io.characterstudio.ui.trash.FxTrashDialogs;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Wires each feature's JavaFX dialogs into the main window's {@link MainDialogs}; each dialog is
 * owned by the window {@code owner} names when it opens (the app passes {@link DialogOwner}: the
 * top-most modal window over the main window, else the main window).
 */
final class FxMainDialogs {

    private FxMainDialogs() {}

    /** The dialogs; {@code folders} opens an export's folder from its report. */
    static MainDialogs create(Supplier<Window> owner, FolderOpener folders) {
        FxDialogService common = new FxDialogService(owner);
        return new MainDialogs(
                common,
                new FxEditorDialogs(owner),
                new FxOpenDialogs(owner),
                new FxConnectionDialogs(owner, common),
                new FxBulkDialogs(owner, folders),
                new FxTransferDialogs(owner),
                new FxBackupDialogs(owner),
                new FxTrashDialogs(owner),
                new FxHistoryDialogs(owner),
                new FxReplaceDialogs(owner),
                new FxConflictDialogs(owner));
    }
}
