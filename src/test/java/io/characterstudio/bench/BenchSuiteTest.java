package io.characterstudio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every benchmark of the suite in its tiny configuration (a few characters, one repetition), so
 * that the benchmark code cannot rot. No time is asserted: only that each figure was measured
 * and written.
 */
class BenchSuiteTest {

    @TempDir
    Path out;

    @Test
    void everyBenchmarkRunsInATinyConfiguration() throws Exception {
        List<Figure> figures = BenchSuite.run(BenchSuite.Config.TINY, out, null);
        assertThat(figures).hasSize(15).allSatisfy(f -> {
            assertThat(f.measured()).isNotBlank();
            assertThat(Double.isFinite(f.value())).as(f.name()).isTrue();
        });
        assertThat(Files.readString(out.resolve("results.json")))
                .contains("\"config\" : \"tiny\"")
                .contains("Sandbox get requests/s")
                .contains("History word diff")
                .contains("Keystroke to frame");
        assertThat(BenchSuite.table(figures)).startsWith("\n| Figure | Baseline | Goal | Measured | Result |");
    }

    @Test
    void benchOnlyPicksFiguresByGroupName() {
        String before = System.getProperty("bench.only");
        try {
            System.setProperty("bench.only", "typing, scroll");
            assertThat(BenchSuite.picked("typing")).isTrue();
            assertThat(BenchSuite.picked("scroll")).isTrue();
            assertThat(BenchSuite.picked("start")).isFalse();
            assertThat(BenchSuite.picked(""))
                    .as("a picked run is not a whole run")
                    .isFalse();
            System.setProperty("bench.only", " ");
            assertThat(BenchSuite.GROUPS.split(",")).allMatch(BenchSuite::picked);
            assertThat(BenchSuite.picked("")).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty("bench.only");
            } else {
                System.setProperty("bench.only", before);
            }
        }
    }
}
