package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the unit tests (failsafe follows surefire in {@code mvn verify}) and reads all
 * their output and reports: none of the API keys the tests use appears in them.
 */
class LogScanIT {

    /** Every fixed key the test suite hands to a client, a sandbox or a connection. */
    private static final List<String> TEST_KEYS = List.of(
            "teammate-key",
            "secret-key-4711",
            "k3y-that-must-never-be-logged-5521",
            "expired-key",
            "env-key",
            "right-key",
            "given-key");

    @Test
    void noTestKeyAppearsInTheOutputOfTheUnitTestRun() throws IOException {
        Path reports = Path.of("target", "surefire-reports");
        assertThat(reports).as("the unit tests ran before this scan").isDirectory();
        List<Path> files;
        try (Stream<Path> all = Files.walk(reports)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        long bytes = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            bytes += text.length();
            for (String key : TEST_KEYS) {
                assertThat(text).as(file + " holds a test key").doesNotContain(key);
            }
        }
        assertThat(bytes).isPositive();
    }
}
