package io.characterstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Operations are ended only by their own handles; plain messages end nothing. */
class StatusModelTest {

    private final StatusModel status = new StatusModel();

    @Test
    void plainMessagesNeverEndARunningOperation() {
        StatusModel.Operation cloning = status.begin("Cloning 0 of 40…");
        status.failed("A bulk operation is running.");
        status.succeeded("40 selected.");
        status.failed("Not reachable", new ConnectException("refused"));
        assertThat(status.busyProperty().get()).isTrue();
        assertThat(status.runningProperty().get()).isEqualTo("Cloning 0 of 40…");
        assertThat(status.lastResultProperty().get()).isEqualTo("Not reachable");

        cloning.progress("Cloning 1 of 40…");
        assertThat(status.runningProperty().get()).isEqualTo("Cloning 1 of 40…");
        cloning.succeeded("Bulk clone: 40 done.");
        assertThat(status.busyProperty().get()).isFalse();
        assertThat(status.runningProperty().get()).isEmpty();
        assertThat(status.lastResultProperty().get()).isEqualTo("Bulk clone: 40 done.");
        assertThat(status.lastFailedProperty().get()).isFalse();
    }

    @Test
    void theNewestRunningOperationShowsAndAnEndEndsOnlyItself() {
        StatusModel.Operation cloning = status.begin("Cloning 0 of 40…");
        StatusModel.Operation saving = status.begin("Saving \"Ann\"…");
        cloning.progress("Cloning 2 of 40…");
        assertThat(status.runningProperty().get()).as("the newest shows").isEqualTo("Saving \"Ann\"…");

        saving.failed("Save failed: offline");
        saving.failed("Save failed again");
        assertThat(status.lastFailedProperty().get()).isTrue();
        assertThat(status.busyProperty().get())
                .as("a second end of the same handle ends nothing else")
                .isTrue();
        assertThat(status.runningProperty().get()).isEqualTo("Cloning 2 of 40…");

        cloning.failed("Bulk clone: 38 done, 2 failed.");
        assertThat(status.busyProperty().get()).isFalse();
        assertThat(status.runningProperty().get()).isEmpty();
    }
}
