package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void defaultsArePersistentInSandboxDataOnAPortTheOsPicksWithoutFaults() {
        SandboxConfig c = SandboxOptions.parse().orElseThrow();
        assertThat(c.port()).isZero();
        assertThat(c.dataDir()).contains(Path.of("sandbox-data"));
        assertThat(c.apiKey()).isEmpty();
        assertThat(c.faults()).isEqualTo(FaultSettings.NONE);
    }

    @Test
    void everyOptionIsRead() {
        SandboxConfig c = SandboxOptions.parse(
                        "--port",
                        "8765",
                        "--data-dir",
                        "/tmp/sb",
                        "--api-key",
                        " k ",
                        "--latency-ms",
                        "50",
                        "--server-error-rate",
                        "0.1",
                        "--rate-limit-rate",
                        "0.2",
                        "--retry-after",
                        "3",
                        "--non-json-rate",
                        "0.05",
                        "--drop-rate",
                        "0.01",
                        "--fault-seed",
                        "9")
                .orElseThrow();
        assertThat(c.port()).isEqualTo(8765);
        assertThat(c.dataDir()).contains(Path.of("/tmp/sb"));
        assertThat(c.apiKey()).contains("k");
        assertThat(c.faults()).isEqualTo(new FaultSettings(50, 0.1, 0.2, 3, 0.05, 0.01));
        assertThat(c.faultSeed()).isEqualTo(9);
        assertThat(SandboxOptions.parse("--in-memory").orElseThrow().dataDir()).isEmpty();
    }

    @Test
    void helpAsksForTheUsageText() {
        assertThat(SandboxOptions.parse("--help")).isEmpty();
        assertThat(SandboxOptions.USAGE).contains("--port", "--data-dir", "--api-key");
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SandboxOptions.parse("--port", "eighty")).hasMessageContaining("--port");
        assertThatThrownBy(() -> SandboxOptions.parse("--port", "70000")).hasMessageContaining("port");
        assertThatThrownBy(() -> SandboxOptions.parse("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SandboxOptions.parse("--colour", "red")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> SandboxOptions.parse("--drop-rate", "1.5")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> SandboxOptions.parse("--server-error-rate", "0.6", "--drop-rate", "0.6"))
                .hasMessageContaining("add up");
        assertThatThrownBy(() -> SandboxOptions.parse("--api-key", "  ")).hasMessageContaining("blank");
    }

    @Test
    void theKeyCanComeFromTheEnvironmentSoThatItStaysOutOfTheProcessList() {
        Map<String, String> env = Map.of("SANDBOX_API_KEY", "from-env");
        assertThat(SandboxOptions.parse(env).orElseThrow().apiKey()).contains("from-env");
        assertThat(SandboxOptions.parse(env, "--api-key", "given").orElseThrow().apiKey())
                .contains("given");
        assertThat(SandboxOptions.parse(Map.of("OTHER", "x")).orElseThrow().apiKey())
                .isEmpty();
        assertThatThrownBy(() -> SandboxOptions.parse(Map.of("SANDBOX_API_KEY", " ")))
                .hasMessageContaining("SANDBOX_API_KEY is set but blank");
        assertThat(SandboxOptions.USAGE).contains("SANDBOX_API_KEY", "process list", "localhost", "Origin");
    }
}
