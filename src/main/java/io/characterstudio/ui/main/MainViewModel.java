package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.SettingsService;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The main window's commands: new, open, the commands of the open character (see {@link
 * OpenCharacterCommands}), connections, the feature windows (history, trash, find and replace: see
 * {@link FeatureWindows}), and the guard that asks before unsaved changes are left (see {@link
 * LeaveGuard}). Holds the library, the editor and the
 * parts.status(). Built, with all its collaborators, by {@link MainAssembly}.
 */
public final class MainViewModel {

    static final String LAST_CHARACTER = "last.character";
    static final String DARK_THEME = "theme.dark";

    private final MainParts parts;
    private final OpenCharacterCommands open;
    private final EditorViewModel editor;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final StringBinding backToOriginal;
    private final StringBinding windowTitle;
    private final BooleanBinding hasSavedCharacter;
    private final FeatureWindows windows;

    MainViewModel(MainParts parts) {
        this.parts = parts;
        this.open = parts.open();
        this.editor = parts.editor();
        this.windows = new FeatureWindows(parts);
        SettingsService settings = parts.settings();
        darkTheme.set(settings.get(DARK_THEME).map(Boolean::parseBoolean).orElse(false));
        darkTheme.addListener((obs, was, now) -> settings.putAll(Map.of(DARK_THEME, Boolean.toString(now))));
        backToOriginal = Bindings.createStringBinding(
                () -> open.backProperty().get() == null
                        ? null
                        : open.backProperty().get().name(),
                open.backProperty());
        windowTitle = Bindings.createStringBinding(
                () -> (editor.openProperty().get() ? editor.titleProperty().get() + " — " : "") + "Character Studio — "
                        + describe(connection()),
                editor.titleProperty(),
                editor.openProperty(),
                parts.connections().sessionProperty());
        hasSavedCharacter =
                Bindings.createBooleanBinding(() -> editor.snapshotProperty().get() != null, editor.snapshotProperty());
    }

    /** The collaborators (tests look at how they are wired). */
    MainParts parts() {
        return parts;
    }

    /**
     * Loads the library and the catalogues; offers back the drafts a crash left (restore,
     * discard or later); otherwise reopens the character of last time. The same as
     * {@code start(false)}: every journalled draft is offered.
     */
    public CompletableFuture<Void> start() {
        return start(false);
    }

    /**
     * Like {@link #start()}; after a clean close ({@code lastCloseWasClean}) the drafts were left
     * on purpose: none is offered, their rows show "draft", the status says how many wait, and
     * each opens with its character.
     */
    public CompletableFuture<Void> start(boolean lastCloseWasClean) {
        return parts.opener().start(lastCloseWasClean);
    }

    /** Opens by ID (trimmed) or by name; the caller has already dealt with unsaved changes. */
    public CompletableFuture<Boolean> openWithoutAsking(OpenRequest request) {
        return parts.opener().openWithoutAsking(request);
    }

    /** Opens a character of the library, asking first if the editor has unsaved changes. */
    public CompletableFuture<Boolean> openKnown(String id) {
        return parts.opener().openKnown(id);
    }

    /**
     * The library's selection moved to {@code id}: its row opens once the selection rests (see
     * {@link Browsing}); completes with false when the selection should go back to the open character.
     */
    public CompletableFuture<Boolean> browseTo(String id) {
        return parts.browsing().selected(id);
    }

    /** Switches to another connection (see {@link ConnectionCommands}: edits stay as a draft). */
    public CompletableFuture<Boolean> switchTo(ConnectionInfo target) {
        return parts.connectionCommands().switchTo(target);
    }

    /** Adds a connection through the dialog and switches to it. */
    public void addConnection() {
        parts.connectionCommands().add();
    }

    public void editConnection() {
        parts.connectionCommands().editActive();
    }

    /** Remove connection… (see {@link ConnectionRemoval}). */
    public CompletableFuture<Boolean> removeConnection() {
        return parts.connectionRemoval().remove(connection());
    }

    /** Creates a copy of the open character on another connection and records the link. */
    public CompletableFuture<Boolean> copyTo() {
        return parts.connectionCommands().copyTo();
    }

    /** Starts a new character; edits of a saved one are kept as a draft ({@link LeaveGuard#keepAsDraft()}). */
    public void newCharacter() {
        parts.leaveGuard().keepAsDraft().thenAccept(ok -> {
            if (ok) {
                editor.startNew();
                parts.status().succeeded("New character: give it a name, a voice and a backstory, then save (Ctrl+S).");
            }
        });
    }

    /** The Open dialog; edits of a saved character are kept as a draft ({@link LeaveGuard#keepAsDraft()}). */
    public void openDialog() {
        parts.leaveGuard().keepAsDraft().thenAccept(ok -> {
            if (ok) {
                parts.dialogs()
                        .open()
                        .askOpen(LibraryNames.suggestions(parts.library().all()))
                        .ifPresent(this::openWithoutAsking);
            }
        });
    }

    /** Saves the open character; a conflict offers the choice (see {@link ConflictSave}). */
    public CompletableFuture<Boolean> save() {
        return open.save();
    }

    /** Reverts to the server's copy; the edits go to the history ({@link #undoRevert()} puts them back). */
    public CompletableFuture<Void> revert() {
        return open.revert();
    }

    /** Puts the edits of the last revert back into the editor as unsaved edits; false if nothing to undo. */
    public boolean undoRevert() {
        return open.undoRevert();
    }

    /** Edit > Recover discarded new characters… (see {@link DiscardedNewCharacters}). */
    public CompletableFuture<Boolean> recoverDiscardedNew() {
        return parts.discardedNew().recover();
    }

    /** Whether {@link #undoRevert()} has edits to put back (right after a revert, until the next edit). */
    public BooleanBinding undoRevertAvailableProperty() {
        return open.undoRevertAvailableProperty();
    }

    /** Reloads from the server, asking first about unsaved edits. */
    public void reload() {
        open.reload();
    }

    /** Clones the open character once as "Name vN" and opens the copy (see {@link SingleClone}). */
    public CompletableFuture<Boolean> cloneCurrent() {
        return open.cloneCurrent();
    }

    /** The original's name while its fresh copy is open (for "Back to …"); null otherwise. */
    public StringBinding backToOriginalProperty() {
        return backToOriginal;
    }

    /** Reopens the original of a freshly cloned copy (Alt+Left); false if there is none. */
    public CompletableFuture<Boolean> backToOriginal() {
        return open.backToOriginal();
    }

    /** Deletes the open character after asking; a copy goes to the trash. */
    public CompletableFuture<Boolean> deleteCurrent() {
        return open.deleteCurrent();
    }

    /** Copies the open character's ID to the clipboard. */
    public void copyId() {
        open.copyId();
    }

    /** Asks Save / Don't save / Cancel about unsaved changes; true when the editor may be left. */
    public CompletableFuture<Boolean> confirmLeave() {
        return parts.leaveGuard().ask();
    }

    /** Whether the app may quit: journalled edits stay as drafts; only edits not journalled are asked about. */
    public CompletableFuture<Boolean> confirmQuit() {
        return parts.leaveGuard().quit();
    }

    public void rememberWindow(WindowState state) {
        parts.settings().putAll(state.toSettings());
    }

    public Optional<WindowState> windowState() {
        return WindowState.parse(parts.settings().get(WindowState.KEY).orElse(null));
    }

    public LibraryViewModel library() {
        return parts.library();
    }

    public EditorViewModel editor() {
        return editor;
    }

    public StatusModel status() {
        return parts.status();
    }

    public ConnectionInfo connection() {
        return parts.connections().active();
    }

    /** Bulk work on the library's selection: clone, delete, refresh, save drafts, fetch backstories. */
    public BulkCommands bulk() {
        return parts.bulk();
    }

    /** Export and import. */
    public TransferCommands transfer() {
        return parts.transfer();
    }

    /** Whether the library pane is shown (the user's choice and the window's width). */
    public LibraryPane libraryPane() {
        return parts.libraryPane();
    }

    /** The window's text size (View > Text size), kept in the settings. */
    public TextSize textSize() {
        return parts.textSize();
    }

    public LibraryCommands libraryCommands() {
        return parts.libraryCommands();
    }

    /** History, trash, find and replace and the last message: the windows the main window opens. */
    public FeatureWindows windows() {
        return windows;
    }

    public ConnectionsViewModel connections() {
        return parts.connections();
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
