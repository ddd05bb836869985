package io.characterstudio.ui.common;

import io.characterstudio.service.FailureMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's state: what is running now (several things may be) and the last result.
 * Touched on the FX thread only.
 */
public final class StatusModel {

    private final ReadOnlyStringWrapper running = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper("Ready.");
    private final ReadOnlyBooleanWrapper lastFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private int active;

    /** Marks {@code what} as running; call {@link #succeeded} or {@link #failed} when it ends. */
    public void started(String what) {
        active++;
        running.set(what);
        busy.set(true);
    }

    /** New words for what is running (progress of a long operation). */
    public void update(String what) {
        if (active > 0) {
            running.set(what);
        }
    }

    public void succeeded(String result) {
        finish();
        offline.set(false);
        lastFailed.set(false);
        lastResult.set(result);
    }

    public void failed(String result) {
        finish();
        lastFailed.set(true);
        lastResult.set(result);
    }

    /** A failure caused by {@code cause}; a server that cannot be reached marks the connection offline. */
    public void failed(String result, Throwable cause) {
        failed(result);
        offline.set(FailureMessages.isUnreachable(cause));
    }

    /** Another connection is active: what was known of the last one no longer applies. */
    public void reset() {
        offline.set(false);
        lastFailed.set(false);
        lastResult.set("Ready.");
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    private void finish() {
        active = Math.max(0, active - 1);
        if (active == 0) {
            running.set("");
            busy.set(false);
        }
    }

    public ReadOnlyStringProperty runningProperty() {
        return running.getReadOnlyProperty();
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
