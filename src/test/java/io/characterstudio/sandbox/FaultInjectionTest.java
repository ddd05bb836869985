package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each fault-injection mode, observed from the outside over HTTP. */
class FaultInjectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private Sandbox sandbox;

    private RawHttp start(SandboxConfig config) throws Exception {
        sandbox = Sandbox.start(config, JSON, Clock.systemUTC());
        return new RawHttp(sandbox);
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void faultsAreOffByDefault() throws Exception {
        RawHttp http = start(SandboxConfig.inMemory());
        assertThat(sandbox.faults().settings()).isEqualTo(FaultSettings.NONE);
        for (int i = 0; i < 50; i++) {
            assertThat(http.post("/character/list", "{}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void addedLatencyDelaysEveryAnswer() throws Exception {
        RawHttp http = start(SandboxConfig.inMemory().withFaults(FaultSettings.NONE.withLatency(150)));
        long started = System.nanoTime();
        HttpResponse<String> r = http.post("/character/list", "{}");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(150);
    }

    @Test
    void serverErrorsAnswer500WithErrorAndReferenceId() throws Exception {
        RawHttp http = start(SandboxConfig.inMemory());
        sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        HttpResponse<String> r = http.post(
                "/character/create", "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"b\"}");
        assertThat(r.statusCode()).isEqualTo(500);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.propertyNames()).containsExactly("ERROR", "Reference ID");
        assertThat(sandbox.characterCount())
                .as("a failed create stores nothing")
                .isZero();
    }

    @Test
    void rateLimitsAnswer429WithRetryAfter() throws Exception {
        RawHttp http = start(SandboxConfig.inMemory());
        sandbox.faults().set(FaultSettings.NONE.withRateLimits(1.0, 7));
        HttpResponse<String> r = http.get("/tts/get_available_languages");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(JSON.readTree(r.body()).propertyNames()).containsExactly("ERROR");
    }

    @Test
    void nonJsonAnswersAnHtmlPage() throws Exception {
        RawHttp http = start(SandboxConfig.inMemory());
        sandbox.faults().set(FaultSettings.NONE.withNonJson(1.0));
        HttpResponse<String> r = http.post("/character/get", "{\"charName\": \"Ann\"}");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(r.body()).startsWith("<html>");
    }

    @Test
    void dropsCloseTheConnectionWithoutAnAnswer() throws Exception {
        RawHttp http = start(SandboxConfig.inMemory());
        sandbox.faults().set(FaultSettings.NONE.withDrops(1.0));
        assertThatThrownBy(() -> http.post("/character/list", "{}")).isInstanceOf(UncheckedIOException.class);
        sandbox.faults().clear();
        assertThat(http.post("/character/list", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void faultsSetAtStartApplyFromTheFirstRequest() throws Exception {
        RawHttp http = start(SandboxConfig.inMemory().withFaults(FaultSettings.NONE.withServerErrors(1.0)));
        assertThat(http.post("/character/list", "{}").statusCode()).isEqualTo(500);
    }

    @Test
    void fractionalRatesFailAboutThatShareOfRequestsRepeatablyForOneSeed() throws Exception {
        RawHttp http =
                start(SandboxConfig.inMemory().withFaultSeed(42).withFaults(FaultSettings.NONE.withServerErrors(0.3)));
        int failures = 0;
        for (int i = 0; i < 300; i++) {
            if (http.post("/character/list", "{}").statusCode() == 500) {
                failures++;
            }
        }
        // Binomial(300, 0.3): mean 90, standard deviation about 8; the seed makes the count fixed.
        assertThat(failures).isBetween(60, 120);
    }

    @Test
    void faultsChangeAtRunTimeOverHttpAndNeedTheKey() throws Exception {
        RawHttp http = start(SandboxConfig.inMemory());
        HttpResponse<String> noKey = http.postWithKey(FaultAdmin.PATH, "{\"server_error_rate\": 1}", null);
        assertThat(noKey.statusCode()).isEqualTo(401);

        HttpResponse<String> set = http.post(FaultAdmin.PATH, "{\"rate_limit_rate\": 1, \"retry_after_seconds\": 3}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(set.body()).get("rate_limit_rate").doubleValue())
                .isEqualTo(1.0);
        HttpResponse<String> limited = http.post("/character/list", "{}");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");

        HttpResponse<String> invalid = http.post(FaultAdmin.PATH, "{\"drop_rate\": 2}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(http.post(FaultAdmin.PATH, "{\"reset\": true}").statusCode()).isEqualTo(200);
        assertThat(http.post("/character/list", "{}").statusCode()).isEqualTo(200);
        assertThat(sandbox.faults().settings()).isEqualTo(FaultSettings.NONE);
    }
}
