package io.characterstudio.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale tools in a tiny configuration, so that they cannot rot: a cast of 30 is generated
 * through the sandbox and measured once. No time is asserted.
 */
class BenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    void aSmallCastIsGeneratedAndMeasured() throws Exception {
        assertThat(CastGenerator.generate(dir, 30, 50)).isEqualTo(30);
        Map<String, String> figures = LibraryScale.measure(dir, 1);
        assertThat(figures.get("characters")).isEqualTo("30");
        assertThat(figures.get("filter keystrokes measured")).isEqualTo(Integer.toString(
                LibraryScale.QUERIES.stream().mapToInt(String::length).sum()));
        assertThat(figures).containsKeys("workspace open + list (median ms)", "filter keystroke p95 (ms)",
                "library heap (MB)");
    }
}
