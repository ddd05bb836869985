package io.characterstudio.ui.main;

import io.characterstudio.ui.history.HistoryViewModel;
import io.characterstudio.ui.trash.TrashViewModel;

/**
 * The windows of the features that the main window opens (a piece of {@link MainViewModel}): the
 * history of the open character, the trash of the active connection, find and replace across
 * characters, and the last message in full.
 */
public final class FeatureWindows {

    private final MainParts parts;

    FeatureWindows(MainParts parts) {
        this.parts = parts;
    }

    /** View > Show the last message (F8, or a click on it): in full, in a dialog a screen reader reads. */
    public void showLastMessage() {
        String message = parts.status().lastResultProperty().get();
        parts.dialogs()
                .common()
                .showNotice("Last message", message == null || message.isBlank() ? "No message yet." : message);
    }

    /** Find and replace across characters (the selection, or what the library shows), as drafts. */
    public int findAndReplace() {
        return parts.dialogs().replace().showFindReplace(parts.findReplace().get());
    }

    /** Shows the history of the open character (nothing while the editor holds no saved character). */
    public void openHistory() {
        if (parts.editor().snapshotProperty().get() != null) {
            parts.history()
                    .load()
                    .thenRun(() ->
                            parts.ui().execute(() -> parts.dialogs().history().showHistory(parts.history())));
        }
    }

    public HistoryViewModel history() {
        return parts.history();
    }

    /** Shows the trash of the active connection. */
    public void openTrash() {
        parts.trash().startFresh();
        parts.trash()
                .refresh()
                .thenRun(() -> parts.ui().execute(() -> parts.dialogs().trash().showTrash(parts.trash())));
    }

    public TrashViewModel trash() {
        return parts.trash();
    }
}
