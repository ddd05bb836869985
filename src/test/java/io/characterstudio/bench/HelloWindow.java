package io.characterstudio.bench;

import io.characterstudio.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of the cold-start figure: a bare JavaFX window, started the same way as the app
 * (through a main class that is not the Application, as the app's Launcher does on the class path).
 */
public final class HelloWindow extends Application {

    /** The main class of the baseline. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(HelloWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 1200, 780);
        stage.setScene(scene);
        stage.setTitle("Hello");
        stage.show();
        StartupProbe.afterNextPulse(scene, "main-frame");
    }
}
