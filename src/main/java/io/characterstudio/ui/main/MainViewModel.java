package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.Draft;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.ConflictException;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.SettingsService;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.common.ClipboardService;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.DialogService.LeaveChoice;
import io.characterstudio.ui.common.DialogService.OpenRequest;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.conflict.ConflictViewModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.history.HistoryViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.trash.TrashViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The main window's commands: new, open, save, revert, reload, clone, delete, copy ID, and the
 * guard that asks before unsaved changes are left. Holds the library, the editor and the status.
 */
public final class MainViewModel {

    static final String LAST_CHARACTER = "last.character";
    static final String DARK_THEME = "theme.dark";

    private final ConnectionsViewModel connections;
    private final ConnectionCommands connectionCommands;
    private final DraftJournal drafts;
    private final Executor bulkExecutor;
    private final TrashService trashService;
    private final TrashViewModel trash;
    private final HistoryViewModel history;
    private final BulkCommands bulk;
    private final TransferCommands transfer;
    private final LibraryCommands libraryCommands;
    private final SettingsService settings;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final Executor ui;
    private final StatusModel status = new StatusModel();
    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final StringBinding windowTitle;
    private final BooleanBinding hasSavedCharacter;

    public MainViewModel(ConnectionService connectionService, Function<ConnectionInfo, CharacterService> services,
                         DraftJournal drafts, TrashService trash, io.characterstudio.service.TransferService transfer,
                         SettingsService settings, DialogService dialogs,
                         ClipboardService clipboard, Executor ui, Executor bulkExecutor) {
        this.drafts = drafts;
        this.bulkExecutor = bulkExecutor;
        this.trashService = trash;
        this.settings = settings;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.ui = ui;
        this.connections = new ConnectionsViewModel(connectionService, services, settings, dialogs, ui);
        this.library = new LibraryViewModel(connections.sessionProperty(), drafts, status, ui);
        this.editor = new EditorViewModel(connections.sessionProperty(), drafts, status, ui);
        this.trash = new TrashViewModel(trash, connections.sessionProperty(), dialogs, status, ui, restored -> {
            editor.load(restored);
            library.refresh();
        });
        this.history = new HistoryViewModel(connections.sessionProperty(), editor, dialogs, status, ui);
        this.bulk = new BulkCommands(library, editor, status, dialogs, trash, drafts,
                connections.sessionProperty()::get, ui, bulkExecutor, this::confirmLeave);
        this.transfer = new TransferCommands(library, editor, status, dialogs, transfer,
                connections.sessionProperty()::get, ui, bulkExecutor, bulk.runner());
        this.libraryCommands = new LibraryCommands(library, editor, status, dialogs,
                () -> connections.sessionProperty().get(), ui, this::offerToFixKey);
        this.connectionCommands = new ConnectionCommands(connections, editor, status, dialogs, ui, this::confirmLeave,
                this::start);
        darkTheme.set(settings.get(DARK_THEME).map(Boolean::parseBoolean).orElse(false));
        darkTheme.addListener((obs, was, now) -> settings.putAll(Map.of(DARK_THEME, Boolean.toString(now))));
        windowTitle = Bindings.createStringBinding(() -> (editor.openProperty().get()
                ? editor.titleProperty().get() + " — " : "") + "Character Studio — " + describe(connection()),
                editor.titleProperty(), editor.openProperty(), connections.sessionProperty());
        hasSavedCharacter = Bindings.createBooleanBinding(() -> editor.snapshotProperty().get() != null,
                editor.snapshotProperty());
    }

    /**
     * Loads the library and the catalogues; offers back the drafts a crash left (restore,
     * discard or later); otherwise reopens the character of last time.
     */
    public CompletableFuture<Void> start() {
        CompletableFuture<Void> loaded = library.refresh();
        editor.loadCatalogues();
        String connectionId = connection().id();
        return loaded.thenCompose(v -> drafts.list(connectionId)).thenComposeAsync(found -> {
            for (int i = 0; i < found.size(); i++) {
                Draft draft = found.get(i);
                switch (dialogs.askRestoreDraft(draft)) {
                    case RESTORE -> {
                        return restoreDraft(draft);
                    }
                    case DISCARD -> drafts.discard(draft.connectionId(), draft.key());
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
        }, ui);
    }

    private CompletableFuture<Void> reopenLast() {
        Optional<String> last = settings.get(lastCharacterKey()).filter(id -> !id.isBlank());
        if (last.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return show(service().get(last.get()), "Opening the character of last time…",
                "with ID " + last.get()).thenApply(ok -> (Void) null);
    }

    /** Puts a draft back over the server's current copy (or its starting copy, if the server is out of reach). */
    private CompletableFuture<Void> restoreDraft(Draft draft) {
        if (draft.characterId().isEmpty()) {
            editor.restore(draft, null);
            return CompletableFuture.completedFuture(null);
        }
        String id = draft.characterId().get();
        return service().get(id).handleAsync((current, failure) -> {
            ServerCharacter base = current != null ? current
                    : new ServerCharacter(id, draft.base().orElse(draft.fields()), "", "");
            editor.restore(draft, base);
            if (failure != null) {
                editor.showError("Restored the draft; the server's copy could not be read: "
                        + FailureMessages.describe(failure, "with ID " + id));
            }
            return (Void) null;
        }, ui);
    }

    /** Switches to another connection, asking first about unsaved changes. */
    public CompletableFuture<Boolean> switchTo(ConnectionInfo target) {
        return connectionCommands.switchTo(target);
    }

    /** Adds a connection through the dialog and switches to it. */
    public void addConnection() {
        connectionCommands.add();
    }

    public void editConnection() {
        connectionCommands.editActive();
    }

    /** Creates a copy of the open character on another connection and records the link. */
    public CompletableFuture<Boolean> copyTo() {
        return connectionCommands.copyTo();
    }

    public void newCharacter() {
        confirmLeave().thenAccept(ok -> {
            if (ok) {
                editor.startNew();
                status.succeeded("New character: give it a name, a voice and a backstory, then save (Ctrl+S).");
            }
        });
    }

    public void openDialog() {
        confirmLeave().thenAccept(ok -> {
            if (ok) {
                dialogs.askOpen().ifPresent(this::openWithoutAsking);
            }
        });
    }

    /** Opens by ID (trimmed) or by name; the caller has already dealt with unsaved changes. */
    public CompletableFuture<Boolean> openWithoutAsking(OpenRequest request) {
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            status.failed("Type an ID or a name to open.");
            return CompletableFuture.completedFuture(false);
        }
        return request.byName()
                ? show(service().findByName(text), "Finding \"" + text + "\"…", "named \"" + text + "\"")
                : show(service().get(text), "Opening " + text + "…", "with ID " + text);
    }

    /** Opens a character of the library, asking first if the editor has unsaved changes. */
    public CompletableFuture<Boolean> openKnown(String id) {
        ServerCharacter current = editor.snapshotProperty().get();
        if (current != null && current.id().equals(id)) {
            return CompletableFuture.completedFuture(true);
        }
        return confirmLeave().thenCompose(ok -> ok ? show(service().get(id), "Opening…", "with ID " + id)
                : CompletableFuture.completedFuture(false));
    }

    public CompletableFuture<Boolean> save() {
        return editor.save().thenCompose(saved -> {
            Throwable failure = editor.lastFailureProperty().get();
            if (!saved && failure instanceof ConflictException conflict) {
                return resolve(conflict);
            }
            if (!saved && failure != null) {
                offerToFixKey(failure);
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
                status.succeeded("Took the server's copy of \"" + conflict.theirs().name() + "\".");
                yield library.refresh().thenApply(v -> true);
            }
            case MERGE -> {
                status.succeeded("Merged: review the fields, then save (Ctrl+S).");
                yield CompletableFuture.completedFuture(false);
            }
        };
    }

    private void offerToFixKey(Throwable failure) {
        connectionCommands.offerToFixKey(failure);
    }

    public void revert() {
        editor.revert();
        editor.discardDraft();
        status.succeeded("Reverted to the server's copy.");
    }

    public void reload() {
        if (!editor.dirtyProperty().get()) {
            reloadEditor();
            return;
        }
        switch (dialogs.askSaveChanges(editor.nameProperty().get())) {
            case SAVE -> save().thenAccept(ok -> {
                if (ok) {
                    reloadEditor();
                }
            });
            case DISCARD -> {
                editor.discardDraft();
                reloadEditor();
            }
            default -> { }
        }
    }

    private void reloadEditor() {
        editor.reload().thenAccept(ok -> {
            if (!ok && editor.lastFailureProperty().get() != null) {
                offerToFixKey(editor.lastFailureProperty().get());
            }
        });
    }

    public CompletableFuture<Boolean> cloneCurrent() {
        ServerCharacter source = editor.snapshotProperty().get();
        if (source == null) {
            return CompletableFuture.completedFuture(false);
        }
        return confirmLeave().thenCompose(ok -> {
            Optional<Boolean> withKnowledgeBank = ok ? dialogs.askClone(source.name()) : Optional.empty();
            if (withKnowledgeBank.isEmpty()) {
                return CompletableFuture.completedFuture(false);
            }
            return show(service().cloneCharacter(source.id(), withKnowledgeBank.get()),
                    "Cloning \"" + source.name() + "\"…", "with ID " + source.id());
        });
    }

    public CompletableFuture<Boolean> deleteCurrent() {
        ServerCharacter target = editor.snapshotProperty().get();
        if (target == null || !dialogs.confirmDelete(target.name(), target.id())) {
            return CompletableFuture.completedFuture(false);
        }
        status.started("Deleting \"" + target.name() + "\" (a copy goes to the trash)…");
        return trashService.delete(service(), target.id()).handleAsync((v, failure) -> {
            if (failure != null) {
                String message = FailureMessages.describe(failure, "with ID " + target.id());
                editor.showError("Not deleted. " + message);
                status.failed("Delete failed: " + message, failure);
                offerToFixKey(failure);
                return false;
            }
            editor.discardDraft();
            editor.close();
            status.succeeded("Deleted \"" + target.name() + "\" (" + target.id() + "); a copy is in the trash.");
            settings.putAll(Map.of(lastCharacterKey(), ""));
            library.refresh();
            return true;
        }, ui);
    }

    public void copyId() {
        ServerCharacter current = editor.snapshotProperty().get();
        if (current != null) {
            clipboard.copy(current.id());
            status.succeeded("Copied the ID " + current.id() + ".");
        }
    }

    /**
     * Asks what to do with unsaved changes; completes with true when the editor may be left
     * (nothing unsaved, discarded, or saved successfully).
     */
    public CompletableFuture<Boolean> confirmLeave() {
        if (!editor.dirtyProperty().get()) {
            return CompletableFuture.completedFuture(true);
        }
        LeaveChoice choice = dialogs.askSaveChanges(editor.nameProperty().get());
        return switch (choice) {
            case SAVE -> save();
            case DISCARD -> {
                editor.discardDraft();
                yield CompletableFuture.completedFuture(true);
            }
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    public void rememberWindow(WindowState state) {
        settings.putAll(state.toSettings());
    }

    public Optional<WindowState> windowState() {
        return WindowState.parse(settings.get(WindowState.KEY).orElse(null));
    }

    /**
     * Shows what {@code call} answers in the editor; a character with a journalled draft (from
     * find and replace, or an earlier session) opens with the draft over the server's copy, to
     * review and save.
     */
    private CompletableFuture<Boolean> show(CompletableFuture<ServerCharacter> call, String running, String subject) {
        status.started(running);
        CompletableFuture<List<Draft>> journalled = drafts.list(connection().id())
                .exceptionally(e -> List.of());
        return call.thenCombine(journalled, (character, found) -> Map.entry(character, found))
                .handleAsync((answer, failure) -> {
            if (failure != null) {
                String message = FailureMessages.describe(failure, subject);
                status.failed(message, failure);
                if (editor.openProperty().get()) {
                    editor.showError(message);
                } else if (!FailureMessages.isAuthentication(failure)) {
                    dialogs.showError("Could not open the character", message);
                }
                offerToFixKey(failure);
                library.refresh();
                return false;
            }
            ServerCharacter character = answer.getKey();
            Optional<Draft> draft = answer.getValue().stream().filter(d -> d.key().equals(character.id())).findFirst();
            if (draft.isPresent()) {
                editor.restore(draft.get(), character);
                status.succeeded("Opened \"" + character.name() + "\" with your unsaved draft: review it, then save"
                        + " (Ctrl+S) or revert.");
            } else {
                editor.load(character);
                status.succeeded("Opened \"" + character.name() + "\".");
            }
            settings.putAll(Map.of(lastCharacterKey(), character.id()));
            library.refresh();
            return true;
        }, ui);
    }

    private CompletableFuture<Boolean> afterChange(boolean saved) {
        if (saved && editor.snapshotProperty().get() != null) {
            settings.putAll(Map.of(lastCharacterKey(), editor.snapshotProperty().get().id()));
            return library.refresh().thenApply(v -> true);
        }
        return CompletableFuture.completedFuture(saved);
    }

    public LibraryViewModel library() {
        return library;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public StatusModel status() {
        return status;
    }

    public ConnectionInfo connection() {
        return connections.active();
    }

    /** Merges the account's list into the library and says what changed. */
    public CompletableFuture<Boolean> syncWithAccount() {
        return libraryCommands.syncWithAccount();
    }

    /** Deletes the library's selection through the trash (asks for the typed count first). */
    public CompletableFuture<Boolean> deleteSelected() {
        return bulk.deleteSelected();
    }

    /** Adds a tag (asked for) to the selection, or to the open character when nothing is selected. */
    public CompletableFuture<Boolean> tagSelected(boolean add) {
        return libraryCommands.tagSelected(add);
    }

    /** Stars or unstars the open character. */
    public CompletableFuture<Boolean> toggleFavourite() {
        return libraryCommands.toggleFavourite();
    }

    /** Reads the library's selection again from the server. */
    public CompletableFuture<Boolean> refreshSelected() {
        return bulk.refreshSelected();
    }

    /** Clones the library's selection (asks how many copies, KB and a name pattern). */
    public CompletableFuture<Boolean> cloneSelected() {
        return bulk.cloneSelected();
    }

    /** Fetches, in the background, the backstories of characters known only from a sync. */
    public CompletableFuture<Boolean> fetchMissingBackstories() {
        return bulk.fetchMissingBackstories();
    }

    /** Saves the journalled drafts of the selection (or all of them), after a dry run. */
    public CompletableFuture<Boolean> saveDrafts() {
        return bulk.saveDrafts();
    }

    /** Selects every row the filter shows (for bulk work). */
    public void selectAllShown() {
        library.selectedIds().setAll(library.visible().stream().map(LibraryItem::id).toList());
        status.succeeded(library.selectedIds().size() + " selected.");
    }

    public void cancelBulk() {
        bulk.cancel();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty bulkRunningProperty() {
        return bulk.runner().runningProperty();
    }

    public javafx.beans.property.ReadOnlyDoubleProperty bulkProgressProperty() {
        return bulk.runner().progressProperty();
    }

    /** Exports the selection (or the open character) to JSON files. */
    public CompletableFuture<Boolean> exportSelected() {
        return transfer.exportSelected();
    }

    /** Exports every character of the connection that is still on the server. */
    public CompletableFuture<Boolean> exportAll() {
        return transfer.exportAll();
    }

    /** Imports character files or lists of IDs, after a preview. */
    public CompletableFuture<Boolean> importFiles() {
        return transfer.importFiles();
    }

    /** Imports the given files (opened with the app from the desktop), after the same preview. */
    public CompletableFuture<Boolean> importFiles(List<java.nio.file.Path> files) {
        return transfer.importFiles(files);
    }

    /** Find and replace across characters (the selection, or what the library shows), as drafts. */
    public int findAndReplace() {
        return dialogs.showFindReplace(new io.characterstudio.ui.replace.FindReplaceViewModel(library, editor, drafts,
                status, bulkExecutor, ui, java.time.Clock.systemUTC()));
    }

    /** Shows the history of the open character. */
    public void openHistory() {
        if (editor.snapshotProperty().get() != null) {
            history.load().thenRun(() -> ui.execute(() -> dialogs.showHistory(history)));
        }
    }

    public HistoryViewModel history() {
        return history;
    }

    /** Shows the trash of the active connection. */
    public void openTrash() {
        trash.refresh().thenRun(() -> ui.execute(() -> dialogs.showTrash(trash)));
    }

    public TrashViewModel trash() {
        return trash;
    }

    public ConnectionsViewModel connections() {
        return connections;
    }

    private CharacterService service() {
        return connections.sessionProperty().get().service();
    }

    private String lastCharacterKey() {
        return LAST_CHARACTER + "." + connection().id();
    }

    /** How the title and status bar name a connection: a live Convai account is said so. */
    public static String describe(ConnectionInfo c) {
        return c.sandbox() ? c.name() : c.name() + " (live Convai)";
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    /** Whether the editor holds a character the server has (clone, delete, reload, copy ID apply). */
    public BooleanBinding hasSavedCharacterProperty() {
        return hasSavedCharacter;
    }

}
