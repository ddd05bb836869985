package io.characterstudio.app;

import io.characterstudio.model.StartupInfo;
import io.characterstudio.ui.Themes;
import io.characterstudio.ui.about.AboutDialog;
import io.characterstudio.ui.about.AboutInfo;
import io.characterstudio.ui.common.Debouncer;
import io.characterstudio.ui.common.FolderOpener;
import io.characterstudio.ui.common.FxClipboard;
import io.characterstudio.ui.main.BackupCommands;
import io.characterstudio.ui.main.MainAssembly;
import io.characterstudio.ui.main.MainDialogs;
import io.characterstudio.ui.main.MainInputs;
import io.characterstudio.ui.main.MainView;
import io.characterstudio.ui.main.MainViewModel;
import io.characterstudio.ui.main.WindowState;
import io.characterstudio.ui.start.StartView;
import io.characterstudio.ui.start.StartViewModel;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the start view while the workspace and the sandbox start, then
 * the main window; remembers the window; asks before unsaved changes are closed away.
 */
public final class CharacterStudioApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CharacterStudioApp.class);

    private AppContext context;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fx-start");
        context = AppContext.fromArgs(getParameters().getRaw());
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64}) {
            URL icon =
                    CharacterStudioApp.class.getResource("/io/characterstudio/icons/character-studio-" + size + ".png");
            if (icon != null) {
                icons.add(new Image(icon.toExternalForm(), true));
            }
        }
        stage.getIcons().setAll(icons);
        // AtlantaFX from the first frame: theme.css maps Modena's names onto its palette.
        Application.setUserAgentStylesheet(Themes.userAgentStylesheet(false));
        stage.titleProperty().unbind();
        CompletableFuture<StartupInfo> started = context.start();
        StartViewModel startViewModel = new StartViewModel(started, Platform::runLater);
        Scene scene = new Scene(new StartView(startViewModel).root(), 1200, 780);
        scene.getStylesheets()
                .add(Objects.requireNonNull(CharacterStudioApp.class.getResource("/io/characterstudio/ui/theme.css"))
                        .toExternalForm());
        stage.setTitle("Character Studio");
        stage.setMinWidth(900); // the toolbar whole, with the library folded away (WindowLayoutIT)
        stage.setMinHeight(520);
        stage.setScene(scene);
        // The default size, set on the stage itself: a stage used before (the end-to-end tests reuse
        // one) keeps an explicit size of its own over its new scene's. A remembered size comes later.
        stage.setWidth(1200);
        stage.setHeight(780);
        stage.show();
        StartupProbe.afterNextPulse(scene, "start-frame");
        started.thenAcceptAsync(info -> showMain(stage, info), Platform::runLater)
                .exceptionally(e -> {
                    if (started.isDone() && !started.isCompletedExceptionally()) {
                        LOG.error("The main window could not be shown", e);
                        Platform.runLater(() -> startViewModel.fail(
                                "The main window could not be shown. The details are" + " in the log."));
                    }
                    return null;
                });
    }

    private void showMain(Stage stage, StartupInfo info) {
        StartupProbe.mark("context-ready");
        MainDialogs dialogs = FxMainDialogs.create(
                new DialogOwner(stage),
                FolderOpener.showing(uri -> getHostServices().showDocument(uri), context.bulkExecutor()));
        MainViewModel vm = MainAssembly.build(new MainInputs(
                context.connections(),
                context::serviceFor,
                context.drafts(),
                context.trash(),
                context.transfer(),
                context.settings(),
                dialogs,
                new FxClipboard(),
                Platform::runLater,
                context.bulkExecutor(),
                context.filterExecutor(),
                Debouncer.timer(Platform::runLater),
                Clock.systemUTC(),
                context.serviceExecutor()));
        MainView[] view = new MainView[1];
        BackupCommands backups = new BackupCommands(
                context.backups(),
                dialogs.common(),
                dialogs.backups(),
                vm.status(),
                Platform::runLater,
                () -> requestClose(stage, vm, view[0]));
        view[0] = new MainView(
                vm,
                () -> requestClose(stage, vm, view[0]),
                () -> AboutDialog.create(
                                stage, aboutInfo(), uri -> getHostServices().showDocument(uri))
                        .showAndWait(),
                backups::restore);
        StartupProbe.mark("main-built");
        stage.getScene().setRoot(view[0].root());
        // Start in the library search, not on the connection selector (a stray arrow key there once switched account).
        view[0].startInLibrarySearch(stage.getScene());
        StartupProbe.afterNextPulse(stage.getScene(), "main-frame");
        StartupProbe.whenFilled(stage.getScene(), vm.library().visible());
        stage.titleProperty().bind(vm.windowTitleProperty());
        vm.windowState()
                .map(remembered -> remembered.fitInto(Screen.getScreens().stream()
                        .sorted(Comparator.comparing(screen -> !screen.equals(Screen.getPrimary())))
                        .map(Screen::getVisualBounds)
                        .toList()))
                .ifPresent(state -> {
                    stage.setX(state.x());
                    stage.setY(state.y());
                    stage.setWidth(state.width());
                    stage.setHeight(state.height());
                    stage.setMaximized(state.maximized());
                    view[0].setDividerPosition(state.divider());
                });
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose(stage, vm, view[0]);
        });
        List<String> args = List.copyOf(getParameters().getRaw());
        // What happened to the workspace at start (a damaged file moved aside, a backup opened) is said first.
        vm.start(info.lastCloseWasClean())
                .thenRunAsync(() -> backups.tellAtStart(info.notices()), Platform::runLater)
                .thenCombine(
                        CompletableFuture.supplyAsync(() -> filesToImport(args), context.serviceExecutor()),
                        (v, files) -> files)
                .thenAcceptAsync(
                        files -> {
                            if (!files.isEmpty()) {
                                vm.transfer().importFiles(files);
                            }
                        },
                        Platform::runLater);
    }

    /**
     * Files given on the command line (the desktop opens an exported *.character.json with the
     * app): they go through the import preview once the main window is up.
     */
    static List<Path> filesToImport(List<String> args) {
        return args.stream()
                .filter(a -> !a.startsWith("--"))
                .map(Path::of)
                .filter(p ->
                        p.getFileName() != null && p.getFileName().toString().endsWith(".json"))
                .filter(Files::isRegularFile)
                .toList();
    }

    private AboutInfo aboutInfo() {
        return new AboutInfo(
                context.version(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "unknown"),
                context.dataDir(),
                context.logFile(),
                "MIT (see LICENSE)");
    }

    private void requestClose(Stage stage, MainViewModel vm, MainView view) {
        vm.confirmQuit()
                .thenAcceptAsync(
                        ok -> {
                            if (ok) {
                                vm.rememberWindow(new WindowState(
                                        stage.getX(),
                                        stage.getY(),
                                        stage.getWidth(),
                                        stage.getHeight(),
                                        stage.isMaximized(),
                                        view.dividerPosition()));
                                stage.hide();
                            }
                        },
                        Platform::runLater);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
