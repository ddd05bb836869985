package io.characterstudio.app;

import io.characterstudio.ui.start.StartView;
import io.characterstudio.ui.start.StartViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;

/** The JavaFX application: builds the context, shows the window, and closes all on exit. */
public final class CharacterStudioApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = AppContext.fromArgs(getParameters().getRaw());
        StartViewModel viewModel = new StartViewModel(context.start(), Platform::runLater);
        Scene scene = new Scene(new StartView(viewModel).root(), 760, 360);
        scene.getStylesheets().add(Objects.requireNonNull(
                CharacterStudioApp.class.getResource("/io/characterstudio/ui/theme.css")).toExternalForm());
        stage.setTitle("Character Studio");
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
