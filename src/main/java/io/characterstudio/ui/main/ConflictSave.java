package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.ConflictException;
import io.characterstudio.service.SettingsService;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.conflict.ConflictDialogs;
import io.characterstudio.ui.conflict.ConflictViewModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Save of the open character: on a conflict (someone changed it elsewhere) the user sees both
 * sides and keeps theirs, keeps mine or merges by field; a refused key offers the connection
 * settings; a saved character is remembered as the connection's last one and its library row refreshed.
 */
final class ConflictSave {

    private final EditorViewModel editor;
    private final LibraryViewModel library;
    private final ConflictDialogs dialogs;
    private final StatusModel status;
    private final SettingsService settings;
    private final Supplier<ConnectionInfo> connection;
    private final KeyFixOffer keyFix;

    ConflictSave(
            EditorViewModel editor,
            LibraryViewModel library,
            ConflictDialogs dialogs,
            StatusModel status,
            SettingsService settings,
            Supplier<ConnectionInfo> connection,
            KeyFixOffer keyFix) {
        this.editor = editor;
        this.library = library;
        this.dialogs = dialogs;
        this.status = status;
        this.settings = settings;
        this.connection = connection;
        this.keyFix = keyFix;
    }

    /** Saves the editor; completes with true when the server has the editor's text. */
    CompletableFuture<Boolean> save() {
        return editor.save().thenCompose(saved -> {
            Throwable failure = editor.lastFailureProperty().get();
            if (!saved && failure instanceof ConflictException conflict) {
                return resolve(conflict);
            }
            if (!saved && failure != null) {
                keyFix.offer(failure);
            }
            return afterChange(saved);
        });
    }

    /**
     * Someone changed the character elsewhere: the user sees both and keeps theirs, keeps
     * mine (saved at once, over theirs) or merges by field (shown for review before saving).
     */
    private CompletableFuture<Boolean> resolve(ConflictException conflict) {
        ConflictViewModel sides = new ConflictViewModel(conflict);
        Optional<ConflictViewModel.Outcome> outcome = dialogs.resolveConflict(sides);
        if (outcome.isEmpty()) {
            status.failed("Not saved: the character changed elsewhere. Your text is kept; save again to decide.");
            return CompletableFuture.completedFuture(false);
        }
        editor.adopt(conflict.theirs(), sides.result(outcome.get()));
        return switch (outcome.get()) {
            case KEEP_MINE -> save();
            case TAKE_THEIRS -> {
                status.succeeded(
                        "Took the server's copy of \"" + conflict.theirs().name() + "\".");
                yield library.refresh().thenApply(v -> true);
            }
            case MERGE -> {
                status.succeeded("Merged: review the fields, then save (Ctrl+S).");
                yield CompletableFuture.completedFuture(false);
            }
        };
    }

    private CompletableFuture<Boolean> afterChange(boolean saved) {
        if (saved && editor.snapshotProperty().get() != null) {
            settings.putAll(Map.of(
                    Opener.lastCharacterKey(connection.get()),
                    editor.snapshotProperty().get().id()));
            // One row (a new character reloads the list: its lineage needs the others)
            return library.refreshRow(editor.snapshotProperty().get().id()).thenApply(v -> true);
        }
        return CompletableFuture.completedFuture(saved);
    }
}
