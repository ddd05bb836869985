package io.characterstudio.ui.main;

import io.characterstudio.model.Draft;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.SettingsService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorDialogs;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the editor shows when a connection starts (a piece of {@link Opener}): loads the library
 * and the catalogues, then offers back the drafts a crash left (restore, discard - kept in the
 * character's history - or later), or after a switch back only says how many drafts are kept;
 * otherwise reopens the character of last time through the {@link Opener}.
 */
final class ConnectionStart {

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final StatusModel status;
    private final EditorDialogs editorDialogs;
    private final DraftJournal drafts;
    private final DiscardedEdits discards;
    private final SettingsService settings;
    private final Supplier<Session> session;
    private final Executor ui;
    private final Opener opener;

    ConnectionStart(
            LibraryViewModel library,
            EditorViewModel editor,
            StatusModel status,
            EditorDialogs editorDialogs,
            DraftJournal drafts,
            DiscardedEdits discards,
            SettingsService settings,
            Supplier<Session> session,
            Executor ui,
            Opener opener) {
        this.library = library;
        this.editor = editor;
        this.status = status;
        this.editorDialogs = editorDialogs;
        this.drafts = drafts;
        this.discards = discards;
        this.settings = settings;
        this.session = session;
        this.ui = ui;
        this.opener = opener;
    }

    /** Loads the connection's library and catalogues; {@code offerDrafts}: offer its journalled drafts as a crash's. */
    CompletableFuture<Void> load(boolean offerDrafts) {
        CompletableFuture<Void> loaded = library.refresh();
        editor.loadCatalogues();
        String connectionId = session.get().connection().id();
        return loaded.thenCompose(v -> drafts.list(connectionId))
                .thenComposeAsync(
                        found -> {
                            if (!offerDrafts) {
                                if (!found.isEmpty()) {
                                    status.succeeded(
                                            found.size() + " unsaved draft" + (found.size() == 1 ? " is" : "s are")
                                                    + " kept on this connection: search has:draft in the library to find them.");
                                }
                                return reopenLast();
                            }
                            for (int i = 0; i < found.size(); i++) {
                                Draft draft = found.get(i);
                                switch (editorDialogs.askRestoreDraft(draft)) {
                                    case RESTORE -> {
                                        return restoreDraft(draft);
                                    }
                                    case DISCARD -> discards.discard(draft);
                                    default -> {
                                        // "Later" stops the questions: many drafts (find and replace) are listed
                                        // by the library's has:draft filter and open with their draft.
                                        int kept = found.size() - i;
                                        status.succeeded(kept + " unsaved draft" + (kept == 1 ? " is" : "s are")
                                                + " kept: search has:draft in the library to find them.");
                                        return reopenLast();
                                    }
                                }
                            }
                            return reopenLast();
                        },
                        ui);
    }

    private CompletableFuture<Void> reopenLast() {
        Optional<String> last = settings.get(
                        Opener.lastCharacterKey(session.get().connection()))
                .filter(id -> !id.isBlank());
        if (last.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return opener.show(
                        session.get().service().get(last.get()),
                        "Opening the character of last time…",
                        "with ID " + last.get())
                .thenApply(ok -> (Void) null);
    }

    /** Puts a draft back over the server's current copy (or its starting copy, if the server is out of reach). */
    private CompletableFuture<Void> restoreDraft(Draft draft) {
        if (draft.characterId().isEmpty()) {
            editor.restore(draft, null);
            return CompletableFuture.completedFuture(null);
        }
        String id = draft.characterId().get();
        return session.get()
                .service()
                .get(id)
                .handleAsync(
                        (current, failure) -> {
                            ServerCharacter base = current != null
                                    ? current
                                    : new ServerCharacter(id, draft.base().orElse(draft.fields()), "", "");
                            editor.restore(draft, base);
                            if (failure != null) {
                                editor.showError("Restored the draft; the server's copy could not be read: "
                                        + FailureMessages.describe(failure, "with ID " + id));
                            }
                            return (Void) null;
                        },
                        ui);
    }
}
