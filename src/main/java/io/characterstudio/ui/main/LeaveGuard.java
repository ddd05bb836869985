package io.characterstudio.ui.main;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorDialogs;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one guard in front of leaving the open character, used by every command that replaces or
 * removes it. {@link #ask()} asks Save / Don't save / Cancel about unsaved edits. {@link
 * #keepAsDraft()} (browsing, New, Open, switching connection) keeps journalled edits as a draft
 * without a question: the library marks the row "draft" ({@code has:draft} lists it) and opening
 * it again shows the edits; it asks only where leaving could lose something (a new character the
 * server does not have yet, or edits the journal failed to write). {@link #quit()} does the same for quitting.
 */
final class LeaveGuard {

    private final EditorViewModel editor;
    private final LibraryViewModel library;
    private final DraftJournal drafts;
    private final StatusModel status;
    private final EditorDialogs dialogs;
    private final Supplier<Session> session;
    private final ConflictSave save;
    private final DiscardedEdits discards;

    LeaveGuard(
            EditorViewModel editor,
            LibraryViewModel library,
            DraftJournal drafts,
            StatusModel status,
            EditorDialogs dialogs,
            Supplier<Session> session,
            ConflictSave save,
            DiscardedEdits discards) {
        this.editor = editor;
        this.library = library;
        this.drafts = drafts;
        this.status = status;
        this.dialogs = dialogs;
        this.session = session;
        this.save = save;
        this.discards = discards;
    }

    /**
     * Asks what to do with unsaved changes; completes with true when the editor may be left
     * (nothing unsaved, saved successfully, or "Don't save": the edits then go to the history).
     */
    public CompletableFuture<Boolean> ask() {
        if (!editor.dirtyProperty().get()) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (dialogs.askSaveChanges(editor.nameProperty().get())) {
            case SAVE -> save.save();
            case DISCARD -> discards.dontSave();
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /** Completes with true when the editor may be left (edits kept as a draft, or the user's answer). */
    public CompletableFuture<Boolean> keepAsDraft() {
        ServerCharacter shown = editor.snapshotProperty().get();
        if (!editor.dirtyProperty().get()) {
            return CompletableFuture.completedFuture(true);
        }
        if (shown == null || drafts.failing(session.get().connection().id(), shown.id())) {
            return ask();
        }
        library.markDraft(shown.id(), true);
        status.succeeded("Kept your edits of \"" + editor.nameProperty().get() + "\" as a draft: reopen it, or"
                + " search has:draft, to save them.");
        return CompletableFuture.completedFuture(true);
    }

    /**
     * Completes with true when the app may quit: journalled drafts stay (they are offered back at
     * the next start); only when some draft failed to be written is the user asked.
     */
    public CompletableFuture<Boolean> quit() {
        if (!editor.dirtyProperty().get() || !drafts.anyFailing()) {
            return CompletableFuture.completedFuture(true);
        }
        return ask();
    }
}
