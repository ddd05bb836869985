package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    /**
     * A worker that starts an exchange while the server stops finds the deadline timer shut down:
     * the exchange ends at once (it was thrown out of the worker as RejectedExecutionException, seen
     * as a stray error by the next end-to-end test).
     */
    @Test
    void armingWhileTheServerStopsEndsTheExchangeInsteadOfThrowing() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.shutdownNow();
        Deadline deadline = new Deadline(Thread.currentThread(), timer);

        deadline.arm(1_000);

        assertThat(Thread.currentThread().isInterrupted())
                .as("the exchange is told to stop")
                .isTrue();
        assertThatThrownBy(deadline::disarm).isInstanceOf(IOException.class);
        assertThat(Thread.interrupted())
                .as("disarm clears the interrupt it reports")
                .isFalse();
    }
}
