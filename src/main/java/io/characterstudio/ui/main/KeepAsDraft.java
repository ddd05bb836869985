package io.characterstudio.ui.main;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryViewModel;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Leaving a character for another one (browsing the library, New, Open): its unsaved edits are
 * journalled, so they are kept as a draft without a question. The library marks its row "draft"
 * ({@code has:draft} lists it) and opening it again shows the edits. The Save / Don't save /
 * Cancel question comes only where leaving could lose something: a new character the server
 * does not have yet (no library row to come back to), or edits the journal failed to write.
 */
final class KeepAsDraft {

    private final EditorViewModel editor;
    private final LibraryViewModel library;
    private final DraftJournal drafts;
    private final StatusModel status;
    private final Supplier<Session> session;
    private final Supplier<CompletableFuture<Boolean>> ask;

    KeepAsDraft(EditorViewModel editor, LibraryViewModel library, DraftJournal drafts, StatusModel status,
                Supplier<Session> session, Supplier<CompletableFuture<Boolean>> ask) {
        this.editor = editor;
        this.library = library;
        this.drafts = drafts;
        this.status = status;
        this.session = session;
        this.ask = ask;
    }

    /** Completes with true when the editor may be left (edits kept as a draft, or the user's answer). */
    CompletableFuture<Boolean> leave() {
        ServerCharacter shown = editor.snapshotProperty().get();
        if (!editor.dirtyProperty().get()) {
            return CompletableFuture.completedFuture(true);
        }
        if (shown == null || drafts.failing(session.get().connection().id(), shown.id())) {
            return ask.get();
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
    CompletableFuture<Boolean> quit() {
        if (!editor.dirtyProperty().get() || !drafts.anyFailing()) {
            return CompletableFuture.completedFuture(true);
        }
        return ask.get();
    }
}
