package io.characterstudio.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(figures).hasSize(13).allSatisfy(f -> {
            assertThat(f.measured()).isNotBlank();
            assertThat(Double.isFinite(f.value())).as(f.name()).isTrue();
        });
        assertThat(Files.readString(out.resolve("results.json"))).contains("\"config\" : \"tiny\"")
                .contains("Sandbox get requests/s");
        assertThat(BenchSuite.table(figures)).startsWith("\n| Figure | Baseline | Goal | Measured | Result |");
    }
}
