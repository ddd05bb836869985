package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log file in the data folder rolls over by size and keeps five older files. */
class LogFilesTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void detach() {
        ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger(Logger.ROOT_LOGGER_NAME)
                .detachAppender("FILE");
    }

    @Test
    void theLogRollsOverAndKeepsFiveOlderFiles() throws Exception {
        Path file = LogFiles.start(
                dataDir, FileSize.valueOf("20KB"), ch.qos.logback.core.util.Duration.buildByMilliseconds(0));
        assertThat(file).isEqualTo(dataDir.resolve("logs").resolve("character-studio.log"));
        Logger log = LoggerFactory.getLogger(LogFilesTest.class);
        String line = "x".repeat(1000);
        for (int i = 0; i < 400; i++) {
            log.warn("line {} {}", i, line);
        }
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("WARN  [main] i.c.app.LogFilesTest - line 399");
        for (int n = 1; n <= 5; n++) {
            assertThat(dataDir.resolve("logs").resolve("character-studio." + n + ".log"))
                    .exists();
        }
        assertThat(dataDir.resolve("logs").resolve("character-studio.6.log")).doesNotExist();
        try (var files = Files.list(dataDir.resolve("logs"))) {
            assertThat(files.count()).isEqualTo(6);
        }
    }
}
