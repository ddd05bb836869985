package io.characterstudio.ui.main;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Makes every discard recoverable, like an IDE's local history: before unsaved edits are thrown
 * away (Revert, "Don't save", a crash draft discarded at start, a revision put back from History
 * over them) they are written to the character's history as a "discarded edits" entry (a never
 * saved character's go to Edit > Recover discarded new characters). Right after a revert or a
 * put-back, Undo puts the replaced
 * edits back into the editor as unsaved edits; any further edit or another character ends that
 * offer (the edits stay in the history).
 */
final class DiscardedEdits {

    private final EditorViewModel editor;
    private final DraftJournal drafts;
    private final StatusModel status;
    private final Supplier<Session> session;
    private final Executor ui;
    private final ObjectProperty<CharacterFields> reverted = new SimpleObjectProperty<>();
    private final BooleanBinding undoAvailable = reverted.isNotNull();

    DiscardedEdits(
            EditorViewModel editor, DraftJournal drafts, StatusModel status, Supplier<Session> session, Executor ui) {
        this.editor = editor;
        this.drafts = drafts;
        this.status = status;
        this.session = session;
        this.ui = ui;
        editor.fieldsProperty().addListener((obs, was, now) -> reverted.set(null));
        editor.snapshotProperty().addListener((obs, was, now) -> reverted.set(null));
    }

    /**
     * Reverts the editor to the server's copy; the edits go to the history first and stay
     * available to Undo. Completes when the history entry is written (or could not be).
     */
    CompletableFuture<Void> revert() {
        if (!editor.dirtyProperty().get()) {
            editor.revert();
            editor.discardDraft();
            return CompletableFuture.completedFuture(null);
        }
        String where = editor.snapshotProperty().get() == null
                ? "Edit > Recover discarded new characters"
                : "History"; // the menu item's name without its "…", so no "…."
        return replaceKeeping(
                () -> {
                    editor.revert();
                    editor.discardDraft();
                },
                "Reverted: your edits are in " + where + ".",
                "Reverted",
                "Revert");
    }

    /**
     * History's put-back: runs {@code apply}; unsaved edits it replaces go to the history as
     * "discarded edits" first and Undo puts them back, as after a revert.
     */
    CompletableFuture<Void> replace(Runnable apply, String done) {
        if (!editor.dirtyProperty().get()) {
            apply.run();
            status.succeeded(done);
            return CompletableFuture.completedFuture(null);
        }
        return replaceKeeping(
                apply,
                done + " Your edits are in History; Undo (Ctrl+Z) puts them back.",
                "Put back",
                "a put-back from History");
    }

    private CompletableFuture<Void> replaceKeeping(Runnable apply, String done, String doneShort, String by) {
        CharacterFields edits = editor.fieldsProperty().get();
        CompletableFuture<Void> kept = keep(editor.historyKey(), edits, by);
        apply.run();
        reverted.set(edits);
        status.succeeded(done);
        return kept.handleAsync(
                (v, failure) -> {
                    if (failure != null) {
                        status.failed(
                                doneShort + ", but your edits could not be kept in History: "
                                        + FailureMessages.describe(failure, "")
                                        + " Undo (Ctrl+Z) still puts them back.",
                                failure);
                    }
                    return null;
                },
                ui);
    }

    /** Puts the edits of the last revert back into the editor, unsaved; false when there is nothing to undo. */
    boolean undo() {
        CharacterFields edits = reverted.get();
        if (edits == null) {
            return false;
        }
        reverted.set(null);
        editor.backstory().asEdit(() -> editor.applyFields(edits));
        status.succeeded("Undone: your edits are back in the editor, not saved yet.");
        return true;
    }

    /**
     * "Don't save": keeps the editor's edits in the history, then drops their draft. If the
     * history cannot be written, the draft stays (offered at the next start). Completes with true.
     */
    CompletableFuture<Boolean> dontSave() {
        CharacterFields edits = editor.fieldsProperty().get();
        return keep(editor.historyKey(), edits, "Don't save")
                .handleAsync(
                        (v, failure) -> {
                            if (failure == null) {
                                editor.discardDraft();
                            } else {
                                status.failed(notKept(failure), failure);
                            }
                            return true;
                        },
                        ui);
    }

    /** The crash-recovery offer's "Discard": the draft goes to the history, then out of the journal. */
    void discard(Draft draft) {
        keep(draft.characterId().orElse(draft.key()), draft.fields(), "discarding a draft")
                .whenCompleteAsync(
                        (v, failure) -> {
                            if (failure == null) {
                                drafts.discard(draft.connectionId(), draft.key());
                            } else {
                                status.failed(notKept(failure), failure);
                            }
                        },
                        ui);
    }

    private static String notKept(Throwable failure) {
        return "Your edits could not be kept in History (" + FailureMessages.describe(failure, "")
                + "): their draft stays and is offered again at the next start.";
    }

    private CompletableFuture<Void> keep(String key, CharacterFields edits, String by) {
        try {
            return session.get().service().history().keepDiscarded(key, edits, by);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Whether Undo can put back the edits of the last revert. */
    BooleanBinding undoAvailableProperty() {
        return undoAvailable;
    }
}
