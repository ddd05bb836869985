package io.characterstudio.ui.main;

import io.characterstudio.ui.editor.EditorView;
import io.characterstudio.ui.library.LibraryView;
import io.characterstudio.model.ConnectionInfo;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menu, toolbar, library | editor, status bar. Binds to {@link MainViewModel}. */
public final class MainView {

    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final SplitPane split;
    private final EditorView editor;
    private final LibraryView library;
    private final LibrarySlot librarySlot;

    private ConnectionSelector selector;
    private final Runnable about;
    private final Runnable restoreBackup;

    public MainView(MainViewModel vm, Runnable quit) {
        this(vm, quit, () -> { });
    }

    /** With {@code about}, Help > About Character Studio shows it. */
    public MainView(MainViewModel vm, Runnable quit, Runnable about) {
        this(vm, quit, about, null);
    }

    /** With {@code restoreBackup}, File > Restore a backup… runs it (without, the item is not shown). */
    public MainView(MainViewModel vm, Runnable quit, Runnable about, Runnable restoreBackup) {
        this.vm = vm;
        this.about = about;
        this.restoreBackup = restoreBackup;
        editor = new EditorView(vm.editor(), welcome(), vm::copyId);
        library = new LibraryView(vm.library(), vm::browseTo, () -> vm.editor().snapshotProperty().get() == null
                ? null : vm.editor().snapshotProperty().get().id());
        library.setOnRemove(vm.libraryCommands()::removeFromLibrary);
        vm.editor().snapshotProperty().addListener((obs, was, now) -> library.select(now == null ? null : now.id()));
        split = new SplitPane(library.root(), editor.root());
        split.setId("mainSplit");
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(library.root(), false);
        librarySlot = new LibrarySlot(split, library.root(), editor.root(), vm.libraryPane(), library::focusSearch,
                message -> vm.status().succeeded(message));

        MenuBar menus = menuBar(quit);
        root.setTop(new VBox(menus, toolBar()));
        MenuKeys.install(root, menus);
        root.setCenter(split);
        root.setBottom(statusBar());
        librarySlot.install(root);
        UndoRevertControls.installKey(root, editor.root(), vm);
        TextSizeControls.install(root, vm.textSize());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.LEFT && e.isAltDown()
                    && vm.backToOriginalProperty().get() != null) {
                vm.backToOriginal();
                e.consume();
            }
        });
        root.getStyleClass().add("main-view");
        applyTheme(vm.darkThemeProperty().get());
        vm.darkThemeProperty().addListener((obs, was, dark) -> applyTheme(dark));
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the library search (where the window starts). */
    public void focusLibrarySearch() {
        library.focusSearch();
    }

    /**
     * The window starts with the cursor in the library search: until the search has held the focus
     * once, a focus the scene gives on its own (its first control, the connection selector) goes
     * back there. (It used to stop at the first key or click, and a key press still queued from
     * earlier input could stop it before the window had settled.) A click ends it too: a user who
     * clicked "Create a character" before the search ever had the focus types into the new name,
     * not into the search.
     */
    public void startInLibrarySearch(javafx.scene.Scene scene) {
        javafx.event.EventHandler<javafx.scene.input.MouseEvent>[] click = new javafx.event.EventHandler[1];
        javafx.beans.value.ChangeListener<Node> back = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Node> obs, Node was, Node now) {
                if (now != null && "librarySearch".equals(now.getId())) {
                    scene.focusOwnerProperty().removeListener(this);
                    scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, click[0]);
                } else if (now != null && "connectionSelector".equals(now.getId())) {
                    javafx.application.Platform.runLater(() -> {
                        if (scene.getFocusOwner() != null && "connectionSelector".equals(scene.getFocusOwner().getId())) {
                            library.focusSearch();
                        }
                    });
                }
            }
        };
        click[0] = e -> {
            scene.focusOwnerProperty().removeListener(back);
            scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, click[0]);
        };
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, click[0]);
        scene.focusOwnerProperty().addListener(back);
        library.focusSearch();
        javafx.application.Platform.runLater(() -> {
            Node owner = scene.getFocusOwner();
            if (owner == null || "connectionSelector".equals(owner.getId())) {
                library.focusSearch();
            }
        });
    }

    public SplitPane split() {
        return split;
    }

    /** The library/editor divider, kept while the library is folded away. */
    public double dividerPosition() {
        return librarySlot.divider();
    }

    public void setDividerPosition(double position) {
        librarySlot.setDivider(position);
    }

    private MenuBar menuBar(Runnable quit) {
        BooleanExpression noSaved = vm.hasSavedCharacterProperty().not();
        Menu file = new Menu("_File", null,
                item("menuNew", "_New character", "Shortcut+N", this::newCharacter, null),
                item("menuOpen", "_Open by ID or name…", "Shortcut+O", vm::openDialog, null),
                item("menuSave", "_Save", "Shortcut+S", vm::save, vm.editor().saveAvailableProperty().not()),
                item("menuReload", "Re_load from server", "F5", vm::reload, noSaved),
                item("menuRevert", "_Revert changes (kept in History)", null, vm::revert,
                        vm.editor().dirtyProperty().not()),
                new SeparatorMenuItem(),
                item("menuClone", "_Clone…", "Shortcut+D", vm::cloneCurrent, noSaved),
                item("menuDelete", "_Delete…", "Shortcut+Shift+Delete", vm::deleteCurrent, noSaved),
                item("menuCopyId", "Cop_y ID", "Shortcut+Shift+C", vm::copyId, noSaved),
                item("menuHistory", "_History…", "Shortcut+Shift+H", vm::openHistory, noSaved),
                item("menuTrash", "_Trash…", "Shortcut+Shift+T", vm::openTrash, null),
                new SeparatorMenuItem(),
                item("menuImport", "_Import characters…", "Shortcut+I", vm.transfer()::importFiles, vm.bulk().runningProperty()),
                item("menuExport", "_Export selected…", "Shortcut+E", vm.transfer()::exportSelected, vm.bulk().runningProperty()),
                item("menuExportAll", "Export _all…", null, vm.transfer()::exportAll, vm.bulk().runningProperty()),
                new SeparatorMenuItem(),
                item("menuQuit", "_Quit", "Shortcut+Q", quit, null));
        if (restoreBackup != null) {
            file.getItems().add(file.getItems().size() - 2,
                    item("menuRestoreBackup", "Restore a _backup…", null, restoreBackup, null));
        }
        Menu edit = new Menu("_Edit", null,
                item("menuUndoRevert", "_Undo revert", null, vm::undoRevert, vm.undoRevertAvailableProperty().not()),
                item("menuRecoverDiscarded", "Recover discarded _new characters…", null, vm::recoverDiscardedNew, null),
                item("menuFind", "_Find in backstory", "Shortcut+F", editor::focusFind, null),
                item("menuSearch", "Search the _library", "Shortcut+L", library::focusSearch, null),
                item("menuReplace", "Find and _replace across characters…", "Shortcut+Shift+R", vm::findAndReplace,
                        null),
                new SeparatorMenuItem(),
                item("menuShowClones", "Show the _clones of the selected", null, library::showClonesOfSelected, null),
                item("menuShowSource", "Show what the selected was cloned fr_om", null,
                        library::showSourceOfSelected, null),
                new SeparatorMenuItem(),
                item("menuFavourite", "St_ar / unstar", "Shortcut+B", vm.libraryCommands()::toggleFavourite, noSaved),
                item("menuTag", "Add a _tag to the selection…", "Shortcut+T", () -> vm.libraryCommands().tagSelected(true), null),
                item("menuUntag", "Remo_ve a tag from the selection…", null, () -> vm.libraryCommands().tagSelected(false), null),
                item("menuRemoveFromLibrary", "Remove selected from the librar_y…", null,
                        vm.libraryCommands()::removeSelectedFromLibrary, null),
                new SeparatorMenuItem(),
                item("menuRefreshSelected", "Refres_h selected from the server", "Shift+F5", vm.bulk()::refreshSelected,
                        vm.bulk().runningProperty()),
                item("menuCloneSelected", "Clone s_elected characters…", "Shortcut+Shift+D", vm.bulk()::cloneSelected,
                        vm.bulk().runningProperty()),
                item("menuDeleteSelected", "Delete _selected characters…", "Shift+Delete", vm.bulk()::deleteSelected,
                        vm.bulk().runningProperty()),
                item("menuSaveDrafts", "Save _drafts of the selection (or all)…", null, vm.bulk()::saveDrafts,
                        vm.bulk().runningProperty()),
                item("menuSelectAll", "Select all sho_wn", "Shortcut+Shift+A", vm.libraryCommands()::selectAllShown, null));
        Menu connection = new Menu("_Connection", null,
                item("menuAddConnection", "_Add connection…", null, vm::addConnection, null),
                item("menuEditConnection", "_Edit this connection…", null, vm::editConnection, null),
                item("menuRemoveConnection", "_Remove this connection…", null, vm::removeConnection,
                        Bindings.createBooleanBinding(() -> vm.connection().id().equals(
                                io.characterstudio.service.ConnectionService.EMBEDDED_ID),
                                vm.connections().sessionProperty())),
                item("menuCopyTo", "_Copy character to…", null, vm::copyTo, vm.hasSavedCharacterProperty().not()),
                new SeparatorMenuItem(),
                item("menuSync", "_Sync with account", "Shortcut+Shift+Y", vm.libraryCommands()::syncWithAccount, null),
                item("menuFetchBackstories", "_Fetch missing backstories", null, vm.bulk()::fetchMissingBackstories,
                        vm.bulk().runningProperty()));
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menuDark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        dark.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        Menu view = new Menu("_View", null, librarySlot.menuItem(), dark, TextSizeControls.menu(vm.textSize()),
                item("menuShowMessage", "Show the last _message", "F8", this::showLastMessage, null));
        Menu help = new Menu("_Help", null, item("menuAbout", "_About Character Studio", null, about, null));
        MenuBar bar = new MenuBar(file, edit, connection, view, help);
        bar.setId("mainMenuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        BooleanExpression noSaved = vm.hasSavedCharacterProperty().not();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button theme = tool("toolTheme", "fth-moon", "Dark theme (Ctrl+Shift+L)", () -> vm.darkThemeProperty().set(
                !vm.darkThemeProperty().get()), null);
        // Switches only on Return or a click; the list shows name and address, the button the name.
        ConnectionSelector chooser = new ConnectionSelector(vm.connections().all(), vm::connection,
                target -> vm.switchTo(target).thenAccept(ok -> javafx.application.Platform.runLater(
                        this::selectorShowActive)), MainViewModel::describe);
        selector = chooser;
        ComboBox<ConnectionInfo> combo = chooser.combo();
        combo.setPrefWidth(230);
        vm.connections().sessionProperty().addListener((obs, was, now) -> chooser.showActive());
        ToolBar bar = new ToolBar(
                librarySlot.toolButton(),
                new Separator(),
                combo,
                tool("toolAddConnection", "fth-plus-circle", "Add a connection", vm::addConnection, null),
                new Separator(),
                tool("toolNew", "fth-file-plus", "New character (Ctrl+N)", this::newCharacter, null),
                tool("toolOpen", "fth-folder", "Open by ID or name (Ctrl+O)", vm::openDialog, null),
                tool("toolSave", "fth-save", "Save (Ctrl+S)", vm::save, vm.editor().saveAvailableProperty().not()),
                tool("toolReload", "fth-refresh-cw", "Reload from server (F5)", vm::reload, noSaved),
                new Separator(),
                tool("toolClone", "fth-copy", "Clone (Ctrl+D)", vm::cloneCurrent, noSaved),
                tool("toolDelete", "fth-trash-2", "Delete (Ctrl+Shift+Delete)", vm::deleteCurrent, noSaved),
                tool("toolCopyId", "fth-clipboard", "Copy ID (Ctrl+Shift+C)", vm::copyId, noSaved),
                new Separator(),
                tool("toolRevert", "fth-rotate-ccw", "Revert changes (your edits are kept in History; Undo puts"
                        + " them back)", vm::revert, vm.editor().dirtyProperty().not()),
                spacer, theme);
        bar.setId("mainToolBar");
        return bar;
    }

    private Node statusBar() {
        Label connection = new Label();
        connection.setId("statusConnection");
        connection.setMinWidth(Region.USE_PREF_SIZE); // a long message never squeezes the connection to "…"
        connection.textProperty().bind(Bindings.createStringBinding(() -> {
            ConnectionInfo c = vm.connection();
            return MainViewModel.describe(c) + " · " + c.baseUrl() + (vm.status().offlineProperty().get()
                    ? " · offline: showing the characters known here" : "");
        }, vm.connections().sessionProperty(), vm.status().offlineProperty()));
        Runnable style = () -> {
            connection.getStyleClass().setAll("label", "connection-chip",
                    vm.connection().sandbox() ? "connection-sandbox" : "connection-live");
            if (vm.status().offlineProperty().get()) {
                connection.getStyleClass().add("connection-offline");
            }
        };
        style.run();
        vm.connections().sessionProperty().addListener((obs, was, now) -> style.run());
        vm.status().offlineProperty().addListener((obs, was, now) -> style.run());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("statusSpinner");
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(vm.status().busyProperty());
        Label running = new Label();
        running.setId("statusRunning");
        running.textProperty().bind(vm.status().runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label last = new Label();
        last.setId("statusResult");
        last.textProperty().bind(vm.status().lastResultProperty());
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        whole.textProperty().bind(last.textProperty());
        last.setTooltip(whole);
        // One line, always: a long message ends in "…" (the whole text is on hover, in F8 / a click, and in the report)
        // rather than making the status bar taller and pushing the window's content up.
        last.setWrapText(false);
        last.setOnMouseClicked(e -> vm.showLastMessage()); // in full, as F8 (View > Show the last message) does
        last.setMinWidth(120);
        vm.status().lastFailedProperty().addListener((obs, was, failed) -> {
            last.getStyleClass().remove("status-error");
            if (failed) {
                last.getStyleClass().add("status-error");
            }
        });
        javafx.scene.control.ProgressBar bulkProgress = new javafx.scene.control.ProgressBar();
        bulkProgress.setId("bulkProgress");
        bulkProgress.progressProperty().bind(vm.bulk().progressProperty());
        bulkProgress.setMinWidth(180); // readable, and the same width whatever the line beside it says
        bulkProgress.setPrefWidth(180);
        Button cancel = new Button("Cancel");
        cancel.setId("bulkCancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE); // never "…"
        cancel.setOnAction(e -> vm.bulk().cancel());
        for (javafx.scene.Node n : new javafx.scene.Node[] {bulkProgress, cancel}) {
            n.visibleProperty().bind(vm.bulk().runningProperty());
            n.managedProperty().bind(vm.bulk().runningProperty());
        }
        // The bar and Cancel come before the changing progress line, so they never move while it runs.
        HBox bar = new HBox(8, connection, bulkProgress, cancel, spinner, running, spacer, last,
                UndoRevertControls.link(vm), backLink());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        bar.setId("statusBar");
        // The same height with or without the progress bar and Cancel: while no run shows them, an
        // invisible zero-width Cancel keeps the button's height in the bar.
        Button heightKeeper = new Button("Cancel");
        heightKeeper.setVisible(false);
        heightKeeper.setFocusTraversable(false);
        heightKeeper.setMinWidth(0);
        heightKeeper.setPrefWidth(0);
        heightKeeper.setMaxWidth(0);
        heightKeeper.managedProperty().bind(vm.bulk().runningProperty().not());
        bar.getChildren().add(0, heightKeeper);
        return bar;
    }

    /** "Back to <original> (Alt+Left)", shown while a fresh copy from Clone is open. */
    private Node backLink() {
        javafx.scene.control.Hyperlink back = new javafx.scene.control.Hyperlink();
        back.setId("statusBackToOriginal");
        back.setFocusTraversable(false);
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.textProperty().bind(Bindings.concat("Back to ", vm.backToOriginalProperty(), " (Alt+Left)"));
        back.setOnAction(e -> vm.backToOriginal());
        javafx.beans.binding.BooleanBinding shown = vm.backToOriginalProperty().isNotNull();
        back.visibleProperty().bind(shown);
        back.managedProperty().bind(shown);
        return back;
    }

    private Node welcome() {
        // "Your first character" only once the library has loaded and has none (not while it opens,
        // nor after a delete with characters left): otherwise invite a choice.
        javafx.beans.binding.BooleanBinding any = vm.library().offerFirstCharacterProperty().not();
        Label title = new Label();
        title.setId("welcomeTitle");
        title.textProperty().bind(Bindings.when(any).then("Select a character, or create one")
                .otherwise("Create your first character"));
        title.getStyleClass().add("welcome-title");
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> any.get()
                ? "Pick one in the library on the left to edit it, or create a new one."
                : "Give it a name, a voice and a backstory. It is saved on " + MainViewModel.describe(vm.connection())
                + ", and you can come back to it from the library on the left.", vm.connections().sessionProperty(), any));
        text.setWrapText(true);
        text.setMaxWidth(460);
        Button create = new Button("Create a character");
        create.setId("welcomeCreate");
        create.setDefaultButton(true);
        create.setOnAction(e -> newCharacter());
        Button open = new Button("Open one by ID or name…");
        open.setId("welcomeOpen");
        open.setOnAction(e -> vm.openDialog());
        VBox box = new VBox(14, title, text, new HBox(8, create, open));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(48));
        box.setMaxWidth(560);
        VBox outer = new VBox(box);
        outer.setAlignment(Pos.CENTER);
        outer.setId("welcome");
        return outer;
    }

    /** New character, with the cursor in its name. */
    private void newCharacter() {
        vm.newCharacter();
        if (vm.editor().openProperty().get() && vm.editor().snapshotProperty().get() == null) {
            editor.focusName();
        }
    }

    private void selectorShowActive() {
        selector.showActive();
    }

    private void showLastMessage() {
        vm.showLastMessage();
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action,
                                 BooleanExpression disabled) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    private static Button tool(String id, String icon, String tip, Runnable action, BooleanExpression disabled) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(io.characterstudio.ui.Themes.userAgentStylesheet(dark));
    }
}
