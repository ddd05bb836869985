package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.ConflictException;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.SettingsService;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.common.ClipboardService;
import io.characterstudio.ui.editor.EditorDialogs.LeaveChoice;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.conflict.ConflictViewModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.history.HistoryViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.trash.TrashViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

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
    private final Opener opener;
    private final KeepAsDraft keepAsDraft;
    private final Browsing browsing;
    private final SingleClone singleClone;
    private final DiscardedNewCharacters discardedNew;
    private final ConnectionRemoval connectionRemoval;
    private final javafx.beans.binding.StringBinding backToOriginal;
    private final DiscardedEdits discards;
    private final SettingsService settings;
    private final MainDialogs dialogs;
    private final ClipboardService clipboard;
    private final Executor ui;
    private final StatusModel status = new StatusModel();
    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final LibraryPane libraryPane;
    private final TextSize textSize;
    private final StringBinding windowTitle;
    private final BooleanBinding hasSavedCharacter;

    /** The library filters on the calling thread (tests). */
    public MainViewModel(ConnectionService connectionService, Function<ConnectionInfo, CharacterService> services,
                         DraftJournal drafts, TrashService trash, io.characterstudio.service.TransferService transfer,
                         SettingsService settings, MainDialogs dialogs,
                         ClipboardService clipboard, Executor ui, Executor bulkExecutor) {
        this(connectionService, services, drafts, trash, transfer, settings, dialogs, clipboard, ui, bulkExecutor,
                Runnable::run, io.characterstudio.ui.common.Debouncer.timer(ui));
    }

    /** With {@code browseTimer}, the wait before a resting library selection opens (tests step it by hand). */
    public MainViewModel(ConnectionService connectionService, Function<ConnectionInfo, CharacterService> services,
                         DraftJournal drafts, TrashService trash, io.characterstudio.service.TransferService transfer,
                         SettingsService settings, MainDialogs dialogs, ClipboardService clipboard, Executor ui,
                         Executor bulkExecutor, io.characterstudio.ui.common.Debouncer.Scheduler browseTimer) {
        this(connectionService, services, drafts, trash, transfer, settings, dialogs, clipboard, ui, bulkExecutor,
                Runnable::run, browseTimer);
    }

    /**
     * @param filtering where the library's searches run (a thread of their own in the app)
     * @param browseTimer the wait before a resting library selection opens
     */
    public MainViewModel(ConnectionService connectionService, Function<ConnectionInfo, CharacterService> services,
                         DraftJournal drafts, TrashService trash, io.characterstudio.service.TransferService transfer,
                         SettingsService settings, MainDialogs dialogs, ClipboardService clipboard, Executor ui,
                         Executor bulkExecutor, Executor filtering,
                         io.characterstudio.ui.common.Debouncer.Scheduler browseTimer) {
        this.drafts = drafts;
        this.bulkExecutor = bulkExecutor;
        this.trashService = trash;
        this.settings = settings;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.ui = ui;
        this.connections = new ConnectionsViewModel(connectionService, services, settings, dialogs.common(),
                dialogs.connections(), ui);
        this.library = new LibraryViewModel(connections.sessionProperty(), drafts, status, ui, filtering);
        this.editor = new EditorViewModel(connections.sessionProperty(), drafts, status, ui);
        library.followVoices(editor.voice().catalogue());
        library.followEditor(editor.dirtyProperty(), javafx.beans.binding.Bindings.createStringBinding(() ->
                editor.snapshotProperty().get() == null ? null : editor.snapshotProperty().get().id(),
                editor.snapshotProperty()));
        this.trash = new TrashViewModel(trash, connections.sessionProperty(), dialogs.common(), status, ui, restored -> {
            editor.load(restored);
            library.refresh();
        });
        this.bulk = new BulkCommands(library, editor, status, dialogs.bulk(), trash, drafts,
                connections.sessionProperty()::get, ui, bulkExecutor, this::confirmLeave);
        this.transfer = new TransferCommands(library, editor, status, dialogs.transfer(), transfer,
                connections.sessionProperty()::get, ui, bulkExecutor, bulk.runner());
        this.discards = new DiscardedEdits(editor, drafts, status, () -> connections.sessionProperty().get(), ui);
        this.keepAsDraft = new KeepAsDraft(editor, library, drafts, status, () -> connections.sessionProperty().get(),
                this::confirmLeave);
        this.history = new HistoryViewModel(connections.sessionProperty(), editor, dialogs.common(), status, ui,
                discards::replace);
        this.opener = new Opener(library, editor, status, dialogs.common(), dialogs.editor(), dialogs.open(), drafts,
                discards, settings,
                () -> connections.sessionProperty().get(), ui, keepAsDraft::leave, this::offerToFixKey);
        this.browsing = new Browsing(opener, opener::openKnown, browseTimer);
        this.singleClone = new SingleClone(library, editor, dialogs.editor(), opener, () -> connections.sessionProperty().get(),
                this::confirmLeave, opener::openKnown);
        this.discardedNew = new DiscardedNewCharacters(editor, status, dialogs.open(),
                () -> connections.sessionProperty().get(), ui, this::confirmLeave);
        this.backToOriginal = Bindings.createStringBinding(() -> singleClone.backProperty().get() == null ? null
                : singleClone.backProperty().get().name(), singleClone.backProperty());
        this.libraryCommands = new LibraryCommands(library, editor, status, dialogs.common(), dialogs.bulk(),
                () -> connections.sessionProperty().get(), ui, this::offerToFixKey);
        this.connectionCommands = new ConnectionCommands(connections, editor, status, dialogs.common(),
                dialogs.connections(), ui, keepAsDraft::leave,
                opener::resume);
        this.connectionRemoval = new ConnectionRemoval(connections, status, dialogs.common(), drafts, ui,
                connectionCommands::switchTo);
        this.libraryPane = new LibraryPane(settings::get, settings::putAll);
        this.textSize = new TextSize(settings::get, settings::putAll);
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
        return opener.start();
    }

    /** Opens by ID (trimmed) or by name; the caller has already dealt with unsaved changes. */
    public CompletableFuture<Boolean> openWithoutAsking(OpenRequest request) {
        return opener.openWithoutAsking(request);
    }

    /** Opens a character of the library, asking first if the editor has unsaved changes. */
    public CompletableFuture<Boolean> openKnown(String id) {
        return opener.openKnown(id);
    }

    /**
     * The library's selection moved to {@code id}: its row opens once the selection rests (see
     * {@link Browsing}); completes with false when the selection should go back to the open character.
     */
    public CompletableFuture<Boolean> browseTo(String id) {
        return browsing.selected(id);
    }

    /**
     * Switches to another connection. Journalled edits stay as a draft of the connection left (back
     * when the user returns); only edits the switch would lose (a new character, a failed journal
     * write) are asked about first.
     */
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

    /**
     * Remove connection…: forgets the active connection after asking (saying how many characters
     * and unsaved drafts it has), goes to the sandbox, then offers to remove its characters from
     * the library too.
     */
    public CompletableFuture<Boolean> removeConnection() {
        return connectionRemoval.remove(connection());
    }

    /** Creates a copy of the open character on another connection and records the link. */
    public CompletableFuture<Boolean> copyTo() {
        return connectionCommands.copyTo();
    }

    /** Starts a new character; unsaved edits of a saved character are kept as a draft (see {@link KeepAsDraft}). */
    public void newCharacter() {
        keepAsDraft.leave().thenAccept(ok -> {
            if (ok) {
                editor.startNew();
                status.succeeded("New character: give it a name, a voice and a backstory, then save (Ctrl+S).");
            }
        });
    }

    /** The Open dialog; unsaved edits of a saved character are kept as a draft (see {@link KeepAsDraft}). */
    public void openDialog() {
        keepAsDraft.leave().thenAccept(ok -> {
            if (ok) {
                dialogs.open().askOpen(LibraryNames.suggestions(library.all())).ifPresent(this::openWithoutAsking);
            }
        });
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
        Optional<ConflictViewModel.Outcome> outcome = dialogs.conflict().resolveConflict(sides);
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

    /**
     * Reverts to the server's copy; the edits go to the history as "discarded edits" and
     * {@link #undoRevert()} puts them back. Completes when the history entry is written.
     */
    public CompletableFuture<Void> revert() {
        return discards.revert();
    }

    /** Puts the edits of the last revert back into the editor as unsaved edits; false if nothing to undo. */
    public boolean undoRevert() {
        return discards.undo();
    }

    /**
     * Edit > Recover discarded new characters…: lists the discarded edits of characters never
     * created and puts the chosen one into the editor as a new, unsaved character.
     */
    public CompletableFuture<Boolean> recoverDiscardedNew() {
        return discardedNew.recover();
    }

    /** Whether {@link #undoRevert()} has edits to put back (right after a revert, until the next edit). */
    public BooleanBinding undoRevertAvailableProperty() {
        return discards.undoAvailableProperty();
    }

    public void reload() {
        if (!editor.dirtyProperty().get()) {
            reloadEditor();
            return;
        }
        switch (dialogs.editor().askSaveChanges(editor.nameProperty().get())) {
            case SAVE -> save().thenAccept(ok -> {
                if (ok) {
                    reloadEditor();
                }
            });
            case DISCARD -> discards.dontSave().thenAccept(ok -> reloadEditor());
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

    /** Clones the open character once as "Name vN" and opens the copy (see {@link SingleClone}). */
    public CompletableFuture<Boolean> cloneCurrent() {
        return singleClone.cloneCurrent();
    }

    /** The original's name while its fresh copy is open (for "Back to …"); null otherwise. */
    public javafx.beans.binding.StringBinding backToOriginalProperty() {
        return backToOriginal;
    }

    /** Reopens the original of a freshly cloned copy (Alt+Left); false if there is none. */
    public CompletableFuture<Boolean> backToOriginal() {
        return singleClone.back();
    }

    public CompletableFuture<Boolean> deleteCurrent() {
        ServerCharacter target = editor.snapshotProperty().get();
        if (target == null || !dialogs.editor().confirmDelete(target.name(), target.id())) {
            return CompletableFuture.completedFuture(false);
        }
        StatusModel.Operation op = status.begin("Deleting \"" + target.name() + "\" (a copy goes to the trash)…");
        return trashService.delete(service(), target.id()).handleAsync((v, failure) -> {
            if (failure != null) {
                String message = FailureMessages.describe(failure, "with ID " + target.id());
                editor.showError("Not deleted. " + message);
                op.failed("Delete failed: " + message, failure);
                offerToFixKey(failure);
                return false;
            }
            editor.discardDraft();
            editor.close();
            op.succeeded("Deleted \"" + target.name() + "\" (" + target.id() + "); a copy is in the trash.");
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
     * (nothing unsaved, saved successfully, or "Don't save": the edits then go to the history).
     */
    public CompletableFuture<Boolean> confirmLeave() {
        if (!editor.dirtyProperty().get()) {
            return CompletableFuture.completedFuture(true);
        }
        LeaveChoice choice = dialogs.editor().askSaveChanges(editor.nameProperty().get());
        return switch (choice) {
            case SAVE -> save();
            case DISCARD -> discards.dontSave();
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /**
     * Whether the app may quit: journalled edits stay as drafts (offered back at the next start);
     * only edits the journal failed to write raise Save / Don't save / Cancel.
     */
    public CompletableFuture<Boolean> confirmQuit() {
        return keepAsDraft.quit();
    }

    public void rememberWindow(WindowState state) {
        settings.putAll(state.toSettings());
    }

    public Optional<WindowState> windowState() {
        return WindowState.parse(settings.get(WindowState.KEY).orElse(null));
    }

    private CompletableFuture<Boolean> afterChange(boolean saved) {
        if (saved && editor.snapshotProperty().get() != null) {
            settings.putAll(Map.of(lastCharacterKey(), editor.snapshotProperty().get().id()));
            // One row (a new character reloads the list: its lineage needs the others)
            return library.refreshRow(editor.snapshotProperty().get().id()).thenApply(v -> true);
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

    /** Bulk work on the library's selection: clone, delete, refresh, save drafts, fetch backstories. */
    public BulkCommands bulk() {
        return bulk;
    }

    /** Export and import. */
    public TransferCommands transfer() {
        return transfer;
    }

    /** Sync with the account, tags, the star, select all shown. */
    /** Whether the library pane is shown (the user's choice and the window's width). */
    public LibraryPane libraryPane() {
        return libraryPane;
    }

    /**
     * View > Show the last message (F8, or a click on it): the status bar's last message in full,
     * in a dialog whose text can be selected and read by a screen reader (a tooltip needs a mouse).
     */
    public void showLastMessage() {
        String message = status.lastResultProperty().get();
        dialogs.common().showNotice("Last message", message == null || message.isBlank() ? "No message yet." : message);
    }

    /** The window's text size (View > Text size), kept in the settings. */
    public TextSize textSize() {
        return textSize;
    }

    public LibraryCommands libraryCommands() {
        return libraryCommands;
    }

    /** Find and replace across characters (the selection, or what the library shows), as drafts. */
    public int findAndReplace() {
        return dialogs.replace().showFindReplace(new io.characterstudio.ui.replace.FindReplaceViewModel(library, editor, drafts,
                status, bulkExecutor, ui, java.time.Clock.systemUTC()));
    }

    /** Shows the history of the open character. */
    public void openHistory() {
        if (editor.snapshotProperty().get() != null) {
            history.load().thenRun(() -> ui.execute(() -> dialogs.history().showHistory(history)));
        }
    }

    public HistoryViewModel history() {
        return history;
    }

    /** Shows the trash of the active connection. */
    public void openTrash() {
        trash.refresh().thenRun(() -> ui.execute(() -> dialogs.trash().showTrash(trash)));
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
        return Opener.lastCharacterKey(connection());
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
