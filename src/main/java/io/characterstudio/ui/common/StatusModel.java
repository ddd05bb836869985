package io.characterstudio.ui.common;

import io.characterstudio.service.FailureMessages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's state: the long operations running now and the last message. Each operation
 * is a handle from {@link #begin}; only that handle ends it, so a plain message
 * ({@link #succeeded(String)}, {@link #failed(String)}) never stops another operation's progress
 * line or spinner. With several running, the newest one shows. Touched on the FX thread only.
 */
public final class StatusModel {

    /** One long operation: its progress line shows while it runs; its first end removes it. */
    public final class Operation {
        private String what;

        private Operation(String what) {
            this.what = what;
        }

        /** New words for this operation's progress line. */
        public void progress(String now) {
            what = now;
            show();
        }

        /** Ends this operation with a success message. */
        public void succeeded(String result) {
            end();
            StatusModel.this.succeeded(result);
        }

        /** Ends this operation with a failure message. */
        public void failed(String result) {
            end();
            StatusModel.this.failed(result);
        }

        /** Ends this operation with a failure caused by {@code cause} (see {@link StatusModel#failed(String, Throwable)}). */
        public void failed(String result, Throwable cause) {
            end();
            StatusModel.this.failed(result, cause);
        }

        /** Ends this operation without a message: its work was superseded (the last message stays). */
        public void dropped() {
            end();
        }

        private void end() {
            running.remove(this);
            show();
        }
    }

    private final ReadOnlyStringWrapper runningText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper("Ready.");
    private final ReadOnlyBooleanWrapper lastFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private final List<Operation> running = new ArrayList<>();

    /** Starts showing {@code what} as running; end it through the returned handle. */
    public Operation begin(String what) {
        Operation operation = new Operation(what);
        running.add(operation);
        show();
        return operation;
    }

    /** A plain success message; it ends no operation. */
    public void succeeded(String result) {
        offline.set(false);
        lastFailed.set(false);
        lastResult.set(result);
    }

    /** A plain failure or refusal message; it ends no operation. */
    public void failed(String result) {
        lastFailed.set(true);
        lastResult.set(result);
    }

    /** A failure caused by {@code cause}; a server that cannot be reached marks the connection offline. */
    public void failed(String result, Throwable cause) {
        failed(result);
        offline.set(FailureMessages.isUnreachable(cause));
    }

    /** The last message gives way (a new run starts): no message, not an error; offline stays as it is. */
    public void clearResult() {
        lastFailed.set(false);
        lastResult.set("");
    }

    /** Another connection is active: what was known of the last one no longer applies. */
    public void reset() {
        offline.set(false);
        lastFailed.set(false);
        lastResult.set("Ready.");
    }

    private void show() {
        runningText.set(running.isEmpty() ? "" : running.get(running.size() - 1).what);
        busy.set(!running.isEmpty());
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runningProperty() {
        return runningText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastFailedProperty() {
        return lastFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
