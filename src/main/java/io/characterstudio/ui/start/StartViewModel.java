package io.characterstudio.ui.start;

import io.characterstudio.model.StartupInfo;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The start window's state: starting, then where the embedded sandbox listens and how many
 * characters the workspace knows there, or why the app could not start. Results come back
 * to the UI thread through the injected executor.
 */
public final class StartViewModel {

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting the embedded sandbox…");
    private final ReadOnlyStringWrapper baseUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper knownCharacters = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    public StartViewModel(CompletionStage<StartupInfo> started, Executor uiExecutor) {
        started.whenCompleteAsync((info, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                failed.set(true);
                status.set("Character Studio could not start: " + shortMessage(cause));
            } else {
                baseUrl.set(info.sandbox().baseUri().toString());
                dataFolder.set(info.sandbox().dataDir().toString());
                knownCharacters.set(info.knownCharacters() == 1 ? "1 character known on the sandbox"
                        : info.knownCharacters() + " characters known on the sandbox");
                running.set(true);
                status.set("The embedded Convai sandbox is listening on " + info.sandbox().baseUri());
            }
        }, uiExecutor);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty baseUrlProperty() {
        return baseUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty knownCharactersProperty() {
        return knownCharacters.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    private static String shortMessage(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
