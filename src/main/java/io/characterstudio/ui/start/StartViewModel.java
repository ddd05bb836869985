package io.characterstudio.ui.start;

import io.characterstudio.model.StartupInfo;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window shows while the app starts (workspace, embedded sandbox), and why it could
 * not start if it could not. Results come back to the UI thread through the injected executor.
 */
public final class StartViewModel {

    private final ReadOnlyStringWrapper status =
            new ReadOnlyStringWrapper("Opening the workspace and starting the embedded sandbox…");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(false);

    public StartViewModel(CompletionStage<StartupInfo> startup, Executor uiExecutor) {
        startup.whenCompleteAsync(
                (info, error) -> {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause()
                                : error;
                        failed.set(true);
                        status.set("Character Studio could not start. " + shortMessage(cause));
                    } else {
                        started.set(true);
                        status.set("Started: the sandbox listens on "
                                + info.sandbox().baseUri() + "; " + info.knownCharacters() + " known characters.");
                    }
                },
                uiExecutor);
    }

    /** Shows a failure that happened after start-up (for example building the main window). */
    public void fail(String message) {
        started.set(false);
        failed.set(true);
        status.set("Character Studio could not start. " + message);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    private static String shortMessage(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
