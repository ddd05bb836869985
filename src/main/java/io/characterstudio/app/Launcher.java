package io.characterstudio.app;

import javafx.application.Application;

/**
 * The entry point. A main class that is not an {@link Application} lets the app start from a
 * plain class path (a packaged app image) as well as from {@code mvn javafx:run}.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(CharacterStudioApp.class, args);
    }
}
