package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's curl examples, as written, against a real sandbox, with a random key in
 * {@code SANDBOX_API_KEY} as the README says. Only the port changes: the README's 8765 becomes
 * one the OS chose.
 */
class ReadmeCurlExamplesIT {

    private static final String START = "<!-- curl-examples:start -->";
    private static final String END = "<!-- curl-examples:end -->";

    @Test
    void theReadmeCurlExamplesWorkAgainstTheStandaloneSandbox() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String block = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        String script = block.replace("```bash", "").replace("```", "");
        assertThat(script)
                .contains("curl")
                .contains("127.0.0.1:8765")
                .contains("$SANDBOX_API_KEY")
                .doesNotContain("demo-key");
        assertThat(readme).contains("export SANDBOX_API_KEY=$(openssl rand -hex 16)");

        String key = ApiKeys.generate();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.parse(Map.of("SANDBOX_API_KEY", key), "--in-memory")
                .orElseThrow())) {
            ProcessBuilder builder = new ProcessBuilder(
                            "bash",
                            "-euo",
                            "pipefail",
                            "-c",
                            script.replace("127.0.0.1:8765", "127.0.0.1:" + sandbox.port()))
                    .redirectErrorStream(true);
            builder.environment().put("SANDBOX_API_KEY", key);
            Process bash = builder.start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(bash.exitValue()).as(output).isZero();

            String id = output.lines().findFirst().orElseThrow();
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(output).contains("{\"STATUS\": \"SUCCESS\"}{\"character_name\": \"Raymond Reddington\"");
            assertThat(output).contains("\"language_codes\": [\"en-US\", \"fr-FR\"]");
            assertThat(output).contains("{\"characters\": [{");
            assertThat(output).containsPattern("\\{\"charID\": \"[0-9a-f-]{36}\"\\}\\{\"STATUS\": \"SUCCESS\"\\}");
            assertThat(output).contains("\"lang_name\": \"English\"").contains("\"voice_value\": ");
            assertThat(output)
                    .endsWith("\"latency_ms\": 50, \"server_error_rate\": 0.0, \"rate_limit_rate\": 0.0,"
                            + " \"retry_after_seconds\": 1, \"non_json_rate\": 0.0, \"drop_rate\": 0.0}");
            assertThat(sandbox.characterCount())
                    .as("the clone remains, the original is deleted")
                    .isEqualTo(1);
            assertThat(sandbox.faults().settings().latencyMillis()).isEqualTo(50);
        }
    }
}
