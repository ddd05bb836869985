package io.characterstudio.ui.common;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Opens a folder with the platform's file manager (the export report's "Open folder"). */
@FunctionalInterface
public interface FolderOpener {

    /** Asks the platform to show {@code folder}; completes when the request was handed over, or with why not. */
    CompletableFuture<Void> open(Path folder);

    /**
     * The app's way of opening things (the About box's links use the same): {@code showDocument}
     * (JavaFX's {@code HostServices.showDocument}, which hands a {@code file:} URI to the platform:
     * xdg-open, Finder, Explorer) called on {@code io}, never on the JavaFX thread.
     */
    static FolderOpener showing(Consumer<String> showDocument, Executor io) {
        return folder -> CompletableFuture.runAsync(
                () -> showDocument.accept(folder.toUri().toString()), io);
    }
}
