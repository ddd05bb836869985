package io.characterstudio.ui.main;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.SettingsService;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.common.ClipboardService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorDialogs;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The commands of the character open in the editor: save (with the conflict choice, see {@link
 * ConflictSave}), reload and revert (with its undo), clone and back to the original (see {@link
 * SingleClone}), delete (a copy goes to the trash) and copy its ID.
 */
final class OpenCharacterCommands {

    /** What the commands act on and report to. */
    record Parts(
            EditorViewModel editor,
            LibraryViewModel library,
            EditorDialogs dialogs,
            StatusModel status,
            SettingsService settings,
            ClipboardService clipboard,
            Supplier<Session> session,
            Executor ui) {}

    private final Parts parts;
    private final EditorViewModel editor;
    private final TrashService trash;
    private final ConflictSave save;
    private final DiscardedEdits discards;
    private final SingleClone clone;
    private final KeyFixOffer keyFix;

    OpenCharacterCommands(
            Parts parts,
            TrashService trash,
            ConflictSave save,
            DiscardedEdits discards,
            SingleClone clone,
            KeyFixOffer keyFix) {
        this.parts = parts;
        this.editor = parts.editor();
        this.trash = trash;
        this.save = save;
        this.discards = discards;
        this.clone = clone;
        this.keyFix = keyFix;
    }

    CompletableFuture<Boolean> save() {
        return save.save();
    }

    /**
     * Reverts to the server's copy; the edits go to the history as "discarded edits" and
     * {@link #undoRevert()} puts them back. Completes when the history entry is written.
     */
    CompletableFuture<Void> revert() {
        return discards.revert();
    }

    /** Puts the edits of the last revert back into the editor as unsaved edits; false if nothing to undo. */
    boolean undoRevert() {
        return discards.undo();
    }

    /** Whether {@link #undoRevert()} has edits to put back (right after a revert, until the next edit). */
    BooleanBinding undoRevertAvailableProperty() {
        return discards.undoAvailableProperty();
    }

    /** Reloads from the server, asking first (Save / Don't save / Cancel) about unsaved edits. */
    void reload() {
        if (!editor.dirtyProperty().get()) {
            reloadEditor();
            return;
        }
        switch (parts.dialogs().askSaveChanges(editor.nameProperty().get())) {
            case SAVE ->
                save().thenAccept(ok -> {
                    if (ok) {
                        reloadEditor();
                    }
                });
            case DISCARD -> discards.dontSave().thenAccept(ok -> reloadEditor());
            default -> {}
        }
    }

    private void reloadEditor() {
        editor.reload().thenAccept(ok -> {
            if (!ok && editor.lastFailureProperty().get() != null) {
                keyFix.offer(editor.lastFailureProperty().get());
            }
        });
    }

    /** Clones the open character once as "Name vN" and opens the copy (see {@link SingleClone}). */
    CompletableFuture<Boolean> cloneCurrent() {
        return clone.cloneCurrent();
    }

    /** Reopens the original of a freshly cloned copy (Alt+Left); false if there is none. */
    CompletableFuture<Boolean> backToOriginal() {
        return clone.back();
    }

    /** The original of the fresh copy that is open (for "Back to …"); null otherwise. */
    ReadOnlyObjectProperty<SingleClone.Back> backProperty() {
        return clone.backProperty();
    }

    /**
     * Deletes the open character after asking; a copy goes to the trash. Completes with true once
     * the library has been read again without it.
     */
    CompletableFuture<Boolean> deleteCurrent() {
        ServerCharacter target = editor.snapshotProperty().get();
        if (target == null || !parts.dialogs().confirmDelete(target.name(), target.id())) {
            return CompletableFuture.completedFuture(false);
        }
        StatusModel.Operation op =
                parts.status().begin("Deleting \"" + target.name() + "\" (a copy goes to the trash)…");
        Session session = parts.session().get();
        return trash.delete(session.service(), target.id())
                .handleAsync(
                        (v, failure) -> {
                            if (failure != null) {
                                String message = FailureMessages.describe(failure, "with ID " + target.id());
                                editor.showError("Not deleted. " + message);
                                op.failed("Delete failed: " + message, failure);
                                keyFix.offer(failure);
                                return CompletableFuture.completedFuture(false);
                            }
                            editor.discardDraft();
                            editor.close();
                            op.succeeded(
                                    "Deleted \"" + target.name() + "\" (" + target.id() + "); a copy is in the trash.");
                            parts.settings().putAll(Map.of(Opener.lastCharacterKey(session.connection()), ""));
                            return parts.library().refresh().handle((read, f) -> true);
                        },
                        parts.ui())
                .thenCompose(done -> done);
    }

    /** Copies the open character's ID to the clipboard. */
    void copyId() {
        ServerCharacter current = editor.snapshotProperty().get();
        if (current != null) {
            parts.clipboard().copy(current.id());
            parts.status().succeeded("Copied the ID " + current.id() + ".");
        }
    }
}
