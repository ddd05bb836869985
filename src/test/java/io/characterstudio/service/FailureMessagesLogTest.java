package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.characterstudio.store.WorkspaceException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** "The details are in the log" is true: a described failure is logged, once, however often it is described. */
class FailureMessagesLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(FailureMessages.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeEach
    void listen() {
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(events);
    }

    @Test
    void anUnexpectedFailureGivesExactlyOneLogEntryWithItsException() {
        IllegalStateException bug = new IllegalStateException("a bug");
        String message = FailureMessages.describe(new CompletionException(bug), "");
        FailureMessages.describe(bug, "");

        assertThat(message).contains("The details are in the log");
        assertThat(events.list).hasSize(1);
        assertThat(events.list.get(0).getThrowableProxy().getClassName())
                .isEqualTo(IllegalStateException.class.getName());
        assertThat(events.list.get(0).getFormattedMessage()).contains(message);
    }

    @Test
    void aTypedFailureIsLoggedOnceToo() {
        WorkspaceException e = new WorkspaceException("The workspace could not be written.", null);
        FailureMessages.describe(e, "");
        FailureMessages.describe(e, "with ID x");
        FailureMessages.describe(new WorkspaceException("Again.", null), "");
        assertThat(events.list).hasSize(2);
    }

    @Test
    void aFailureLoggedWhereItHappenedIsNotLoggedAgainWhenDescribed() {
        RuntimeException e = new RuntimeException("disk");
        FailureMessages.log(e, "Export of a to /x failed");
        FailureMessages.describe(e, "a");
        assertThat(events.list).hasSize(1);
        assertThat(events.list.get(0).getFormattedMessage()).contains("Export of a to /x failed");
    }
}
