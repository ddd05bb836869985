package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.Draft;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.SettingsService;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorDialogs;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.open.OpenDialogs;
import io.characterstudio.ui.open.OpenDialogs.Found;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Getting characters into the editor: the start (drafts a crash left, the character of last
 * time), opening by ID, name or from the library, and showing what the server answered, with a
 * journalled draft put back over it ({@link ConnectionStart} does the start).
 */
final class Opener {

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final StatusModel status;
    private final DialogService dialogs;
    private final OpenDialogs openDialogs;
    private final DraftJournal drafts;
    private final SettingsService settings;
    private final Supplier<Session> session;
    private final Executor ui;
    private final LeaveGuard leaveGuard;
    private final Consumer<Throwable> offerToFixKey;
    /** Counts opens and selections: an open's answer is shown only while nothing newer came. */
    private final AtomicLong latest = new AtomicLong();

    private final ConnectionStart connectionStart;

    Opener(
            LibraryViewModel library,
            EditorViewModel editor,
            StatusModel status,
            DialogService dialogs,
            EditorDialogs editorDialogs,
            OpenDialogs openDialogs,
            DraftJournal drafts,
            DiscardedEdits discards,
            SettingsService settings,
            Supplier<Session> session,
            Executor ui,
            LeaveGuard leaveGuard,
            Consumer<Throwable> offerToFixKey) {
        this.library = library;
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
        this.openDialogs = openDialogs;
        this.drafts = drafts;
        this.settings = settings;
        this.session = session;
        this.ui = ui;
        this.leaveGuard = leaveGuard;
        this.offerToFixKey = offerToFixKey;
        this.connectionStart = new ConnectionStart(
                library, editor, status, editorDialogs, drafts, discards, settings, session, ui, this);
    }

    /** The setting that remembers the last open character of a connection. */
    static String lastCharacterKey(ConnectionInfo connection) {
        return MainViewModel.LAST_CHARACTER + "." + connection.id();
    }

    /**
     * Loads the library and the catalogues; after a crash or a kill offers back the drafts it left
     * (restore, discard - kept in the character's history - or later); otherwise reopens the
     * character of last time ({@link ConnectionStart}). After a clean close ({@code lastCloseWasClean})
     * the drafts were left on purpose and are not offered: as {@link #resume()}, they wait on their rows.
     */
    CompletableFuture<Void> start(boolean lastCloseWasClean) {
        return connectionStart.load(!lastCloseWasClean);
    }

    /**
     * Like {@link #start()}, after a switch back to a connection: its journalled drafts were kept on
     * purpose, so they are not offered as a crash's; their rows are marked (has:draft), the status
     * says how many there are, and a draft of the character of last time opens with it.
     */
    CompletableFuture<Void> resume() {
        return connectionStart.load(false);
    }

    /**
     * Opens by ID when the trimmed text looks like one (a UUID); otherwise by name: a name of the
     * library, matched ignoring case, opens that character (several: the user picks one); a name
     * the library does not know is asked of the server by its exact spelling. The caller has
     * already dealt with unsaved changes.
     */
    CompletableFuture<Boolean> openWithoutAsking(OpenRequest request) {
        String text = request.trimmed();
        if (text.isEmpty()) {
            status.failed("Type an ID or a name to open.");
            return CompletableFuture.completedFuture(false);
        }
        if (request.looksLikeId()) {
            return byId(text);
        }
        List<LibraryItem> matches = LibraryNames.named(library.all(), text);
        if (matches.size() == 1) {
            return byId(matches.get(0).id());
        }
        if (matches.isEmpty()) {
            return show(
                    session.get().service().findByName(text), "Finding \"" + text + "\"…", "named \"" + text + "\"");
        }
        List<Found> found = matches.stream()
                .map(row -> new Found(row.id(), row.name(), row.id()))
                .toList();
        Optional<String> chosen = openDialogs.askWhichCharacter(text, found);
        if (chosen.isPresent()) {
            return byId(chosen.get());
        }
        status.succeeded(found.size() + " characters in the library are named \"" + text + "\": "
                + String.join(
                        ", ",
                        found.stream().map(f -> f.name() + " (" + f.id() + ")").toList()) + ". None opened.");
        return CompletableFuture.completedFuture(false);
    }

    private CompletableFuture<Boolean> byId(String id) {
        return show(session.get().service().get(id), "Opening " + id + "…", "with ID " + id);
    }

    /**
     * Opens a character of the library, asking first if the editor has unsaved changes. A row
     * marked deleted is not asked of the server (it is gone; its copy is in the Trash): the status
     * bar says so and the row stays as it is.
     */
    CompletableFuture<Boolean> openKnown(String id) {
        ServerCharacter current = editor.snapshotProperty().get();
        if (current != null && current.id().equals(id)) {
            return CompletableFuture.completedFuture(true);
        }
        if (library.item(id)
                .filter(row -> row.status() == KnownCharacter.Status.DELETED)
                .isPresent()) {
            status.failed("\"" + library.nameOf(id) + "\" was deleted: its copy is in the Trash. Remove from"
                    + " library clears the row.");
            return CompletableFuture.completedFuture(false);
        }
        return leaveGuard
                .keepAsDraft()
                .thenCompose(ok -> ok
                        ? show(session.get().service().get(id), "Opening…", "with ID " + id)
                        : CompletableFuture.completedFuture(false));
    }

    /**
     * A newer choice was made (the library's selection moved): the answer of any open still in
     * flight is dropped, never shown.
     */
    void supersede() {
        latest.incrementAndGet();
    }

    /**
     * Shows what {@code call} answers in the editor; a character with a journalled draft (from
     * find and replace, or an earlier session) opens with the draft over the server's copy, to
     * review and save. An answer that arrives after a newer open or selection is dropped (false).
     */
    CompletableFuture<Boolean> show(CompletableFuture<ServerCharacter> call, String running, String subject) {
        return show(call, running, subject, character -> "Opened \"" + character.name() + "\".");
    }

    /** As {@link #show(CompletableFuture, String, String)}, saying {@code opened} when there was no draft. */
    CompletableFuture<Boolean> show(
            CompletableFuture<ServerCharacter> call,
            String running,
            String subject,
            Function<ServerCharacter, String> opened) {
        long mine = latest.incrementAndGet();
        StatusModel.Operation op = status.begin(running);
        CompletableFuture<List<Draft>> journalled =
                drafts.list(session.get().connection().id()).exceptionally(e -> List.of());
        return call.thenCombine(journalled, (character, found) -> Map.entry(character, found))
                .handleAsync(
                        (answer, failure) -> {
                            if (mine != latest.get()) {
                                op.dropped(); // superseded: a newer open or selection decides what the editor shows
                                return false;
                            }
                            if (failure != null) {
                                String message = FailureMessages.describe(failure, subject);
                                op.failed(message, failure);
                                if (editor.openProperty().get()) {
                                    editor.showError(message);
                                } else if (!FailureMessages.isAuthentication(failure)) {
                                    dialogs.showError("Could not open the character", message);
                                }
                                offerToFixKey.accept(failure);
                                library.refresh();
                                return false;
                            }
                            ServerCharacter character = answer.getKey();
                            Optional<Draft> draft = answer.getValue().stream()
                                    .filter(d -> d.key().equals(character.id()))
                                    .findFirst();
                            try {
                                if (draft.isPresent()) {
                                    editor.restore(draft.get(), character);
                                    op.succeeded("Opened \"" + character.name()
                                            + "\" with your unsaved draft: review it, then save"
                                            + " (Ctrl+S) or revert.");
                                } else {
                                    editor.load(character);
                                    op.succeeded(opened.apply(character));
                                }
                            } catch (RuntimeException e) {
                                op.failed(
                                        "Could not show \"" + character.name() + "\": " + e.getMessage(),
                                        e); // never a spinner left on
                                throw e;
                            }
                            settings.putAll(
                                    Map.of(lastCharacterKey(session.get().connection()), character.id()));
                            library.refreshRow(
                                    character.id()); // the one row (last opened, the server's copy), not the whole list
                            return true;
                        },
                        ui);
    }
}
