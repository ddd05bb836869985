package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The key comes from the environment or standard input, never from the command line. */
class KeyOptionTest {

    private final List<String> warnings = new ArrayList<>();

    private Optional<String> resolve(List<String> args, Map<String, String> env, InputStream in) {
        return KeyOption.resolve(args, env::get, in, Duration.ofMillis(300), warnings::add);
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLeftoverApiKeyArgumentIsIgnoredWithAWarningThatDoesNotRepeatTheKey() {
        assertThat(resolve(List.of("--api-key=cmdline-secret-77"), Map.of(), stdin("")))
                .isEmpty();
        assertThat(resolve(List.of("--api-key=cmdline-secret-77"), Map.of("CONVAI_API_KEY", " env-key "), stdin("")))
                .contains("env-key");
        assertThat(warnings)
                .hasSize(2)
                .allSatisfy(w -> assertThat(w)
                        .isEqualTo(KeyOption.REFUSED)
                        .contains("no longer accepted")
                        .contains("CONVAI_API_KEY")
                        .contains("--api-key-stdin")
                        .doesNotContain("cmdline-secret-77"));
    }

    @Test
    void withTheStdinFlagOneLineOfStandardInputIsTheKey() {
        assertThat(resolve(
                        List.of("--api-key-stdin"),
                        Map.of("CONVAI_API_KEY", "env-key"),
                        stdin("  piped-key-42 \nnext line")))
                .contains("piped-key-42");
        assertThat(resolve(List.of(), Map.of(), stdin("piped-key-42\n")))
                .as("stdin only when asked")
                .isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void standardInputThatNeverAnswersOrIsTooLongGivesNoKeyInTime() throws Exception {
        try (PipedOutputStream silent = new PipedOutputStream();
                PipedInputStream in = new PipedInputStream(silent)) {
            long started = System.nanoTime();
            assertThat(resolve(List.of("--api-key-stdin"), Map.of(), in)).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
        assertThat(resolve(List.of("--api-key-stdin"), Map.of(), stdin("x".repeat(100_000))))
                .isEmpty();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("no key arrived");
        assertThat(warnings.get(1)).contains("longer than 4096");
    }
}
