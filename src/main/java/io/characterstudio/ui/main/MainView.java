package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.ui.Themes;
import io.characterstudio.ui.editor.EditorView;
import io.characterstudio.ui.library.LibraryView;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window: menu, toolbar, library | editor, status bar. Binds to {@link MainViewModel}. */
public final class MainView {

    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final SplitPane split;
    private final EditorView editor;
    private final LibraryView library;
    private final LibrarySlot librarySlot;

    public MainView(MainViewModel vm, Runnable quit) {
        this(vm, quit, () -> {});
    }

    /** With {@code about}, Help > About Character Studio shows it. */
    public MainView(MainViewModel vm, Runnable quit, Runnable about) {
        this(vm, quit, about, null);
    }

    /** With {@code restoreBackup}, File > Restore a backup… runs it (without, the item is not shown). */
    public MainView(MainViewModel vm, Runnable quit, Runnable about, Runnable restoreBackup) {
        this.vm = vm;
        editor = new EditorView(vm.editor(), WelcomeView.create(vm, this::newCharacter), vm::copyId);
        library = new LibraryView(
                vm.library(),
                vm::browseTo,
                () -> vm.editor().snapshotProperty().get() == null
                        ? null
                        : vm.editor().snapshotProperty().get().id());
        library.setOnRemove(vm.libraryCommands()::removeFromLibrary);
        vm.editor().snapshotProperty().addListener((obs, was, now) -> library.select(now == null ? null : now.id()));
        split = new SplitPane(library.root(), editor.root());
        split.setId("mainSplit");
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(library.root(), false);
        librarySlot = new LibrarySlot(
                split, (Region) library.root(), editor.root(), vm.libraryPane(), library::focusSearch, vm.status());

        MainCommands commands = new MainCommands(vm, editor, library, this::newCharacter, quit, about, restoreBackup);
        MenuBar menus = MainMenuBar.create(
                commands, vm.darkThemeProperty(), librarySlot.menuItem(), TextSizeControls.menu(vm.textSize()));
        root.setTop(new VBox(menus, new MainToolBar(vm, commands, librarySlot.toolButton()).bar()));
        MenuKeys.install(root, menus);
        root.setCenter(split);
        root.setBottom(statusBar());
        librarySlot.install(root);
        UndoRevertControls.installKey(root, editor.root(), vm);
        TextSizeControls.install(root, vm.textSize());
        library.followTextSize(split, vm.textSize().percentProperty());
        editor.followTextSize(vm.textSize().percentProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT
                    && e.isAltDown()
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
    public void startInLibrarySearch(Scene scene) {
        EventHandler<MouseEvent>[] click = new EventHandler[1];
        ChangeListener<Node> back = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Node> obs, Node was, Node now) {
                if (now != null && "librarySearch".equals(now.getId())) {
                    scene.focusOwnerProperty().removeListener(this);
                    scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, click[0]);
                } else if (now != null && "connectionSelector".equals(now.getId())) {
                    Platform.runLater(() -> {
                        if (scene.getFocusOwner() != null
                                && "connectionSelector"
                                        .equals(scene.getFocusOwner().getId())) {
                            library.focusSearch();
                        }
                    });
                }
            }
        };
        click[0] = e -> {
            scene.focusOwnerProperty().removeListener(back);
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, click[0]);
        };
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, click[0]);
        scene.focusOwnerProperty().addListener(back);
        library.focusSearch();
        Platform.runLater(() -> {
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

    private Node statusBar() {
        Label connection = new Label();
        connection.setId("statusConnection");
        connection.setMinWidth(Region.USE_PREF_SIZE); // a long message never squeezes the connection to "…"
        connection
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            ConnectionInfo c = vm.connection();
                            return MainViewModel.describe(c) + " · " + c.baseUrl()
                                    + (vm.status().offlineProperty().get()
                                            ? " · offline: showing the characters known here"
                                            : "");
                        },
                        vm.connections().sessionProperty(),
                        vm.status().offlineProperty()));
        Runnable style = () -> {
            connection
                    .getStyleClass()
                    .setAll(
                            "label",
                            "connection-chip",
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
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        whole.textProperty().bind(last.textProperty());
        last.setTooltip(whole);
        // One line, always: a long message ends in "…" (the whole text is on hover, in F8 / a click, and in the report)
        // rather than making the status bar taller and pushing the window's content up.
        last.setWrapText(false);
        last.setOnMouseClicked(
                e -> vm.windows().showLastMessage()); // in full, as F8 (View > Show the last message) does
        last.setMinWidth(120);
        vm.status().lastFailedProperty().addListener((obs, was, failed) -> {
            last.getStyleClass().remove("status-error");
            if (failed) {
                last.getStyleClass().add("status-error");
            }
        });
        ProgressBar bulkProgress = new ProgressBar();
        bulkProgress.setId("bulkProgress");
        bulkProgress.progressProperty().bind(vm.bulk().progressProperty());
        bulkProgress.setMinWidth(180); // readable, and the same width whatever the line beside it says
        bulkProgress.setPrefWidth(180);
        Button cancel = new Button("Cancel");
        cancel.setId("bulkCancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE); // never "…"
        cancel.setOnAction(e -> vm.bulk().cancel());
        for (Node n : new Node[] {bulkProgress, cancel}) {
            n.visibleProperty().bind(vm.bulk().runningProperty());
            n.managedProperty().bind(vm.bulk().runningProperty());
        }
        // The bar and Cancel come before the changing progress line, so they never move while it runs.
        HBox bar = new HBox(
                8,
                connection,
                bulkProgress,
                cancel,
                spinner,
                running,
                spacer,
                last,
                UndoRevertControls.link(vm),
                backLink());
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
        Hyperlink back = new Hyperlink();
        back.setId("statusBackToOriginal");
        back.setFocusTraversable(false);
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.textProperty().bind(Bindings.concat("Back to ", vm.backToOriginalProperty(), " (Alt+Left)"));
        back.setOnAction(e -> vm.backToOriginal());
        BooleanBinding shown = vm.backToOriginalProperty().isNotNull();
        back.visibleProperty().bind(shown);
        back.managedProperty().bind(shown);
        return back;
    }

    /** New character, with the cursor in its name. */
    private void newCharacter() {
        vm.newCharacter();
        if (vm.editor().openProperty().get() && vm.editor().snapshotProperty().get() == null) {
            editor.focusName();
        }
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(Themes.userAgentStylesheet(dark));
    }
}
