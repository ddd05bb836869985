package io.characterstudio.convai;

import static io.characterstudio.convai.ConvaiException.Kind;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterUpdate;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The client against a small server that plays Convai's quirks, and worse. */
class ConvaiClientQuirksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CharacterFields ANN = new CharacterFields("Ann", "MALE", "b", List.of(), List.of("en-US"));

    /** One scripted answer: status, headers, body; or a hang until released. */
    private record Answer(int status, String contentType, String body, String retryAfter, boolean hang) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, null, false);
        }
    }

    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> seenKeys = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        seenKeys.add(exchange.getRequestHeaders().getFirst("CONVAI-API-KEY"));
        exchange.getRequestBody().readAllBytes();
        Answer a = script.size() > 1 ? script.pollFirst() : script.peekFirst();
        if (a.hang()) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", a.contentType());
        if (a.retryAfter() != null) {
            exchange.getResponseHeaders().set("Retry-After", a.retryAfter());
        }
        exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private ConvaiClient client() {
        return client(ConvaiSettings.of(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), " k "));
    }

    private ConvaiClient client(ConvaiSettings settings) {
        return new ConvaiClient(settings, JSON, java.net.http.HttpClient.newHttpClient(), waits::add);
    }

    static ConvaiException failure(Runnable call) {
        try {
            call.run();
        } catch (ConvaiException e) {
            return e;
        }
        throw new AssertionError("expected a ConvaiException");
    }

    @Test
    void anHtmlErrorPageIsAnUnreadableAnswer() {
        script.add(new Answer(502, "text/html", "<html><body>Bad Gateway</body></html>", null, false));
        ConvaiException e = failure(() -> client().create(ANN));
        assertThat(e.kind()).isEqualTo(Kind.UNREADABLE_RESPONSE);
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.getMessage()).contains("not JSON").doesNotContain("<html>");
    }

    @Test
    void anEmptyBodyIsAnUnreadableAnswer() {
        script.add(Answer.json(200, ""));
        assertThat(failure(() -> client().create(ANN)).kind()).isEqualTo(Kind.UNREADABLE_RESPONSE);
    }

    @Test
    void truncatedJsonIsAnUnreadableAnswer() {
        script.add(Answer.json(200, "{\"character_name\": \"Ann\", \"charac"));
        assertThat(failure(() -> client().get("id")).kind()).isEqualTo(Kind.UNREADABLE_RESPONSE);
    }

    @Test
    void a200CarryingAnErrorKeyIsAFailure() {
        script.add(Answer.json(200, "{\"ERROR\": \"Could not fetch character details from all_characters table.\"}"));
        assertThat(failure(() -> client().delete("id", false)).kind()).isEqualTo(Kind.NOT_FOUND);
        script.clear();
        script.add(Answer.json(200, "{\"API_ERROR\": \"Invalid API key provided.\"}"));
        assertThat(failure(() -> client().get("id")).kind()).isEqualTo(Kind.AUTHENTICATION);
        script.clear();
        script.add(Answer.json(200, "{\"INTERNAL_ERROR\": \"Error in creating the character.\"}"));
        assertThat(failure(() -> client().create(ANN)).kind()).isEqualTo(Kind.INVALID_INPUT);
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsATimeout() {
        script.add(new Answer(200, "application/json", "{}", null, true));
        ConvaiClient slow = client(ConvaiSettings.of(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "k")
                .withRequestTimeout(Duration.ofMillis(300))
                .withRetryPolicy(RetryPolicy.NONE));
        ConvaiException e = failure(() -> slow.get("id"));
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void a429IsRateLimitedAndAReadWaitsTheRetryAfterThenSucceeds() {
        script.add(new Answer(429, "application/json", "{\"ERROR\": \"slow down\"}", "2", false));
        script.add(Answer.json(200, "{\"character_id\": \"id\", \"character_name\": \"Ann\"}"));
        assertThat(client().get("id").name()).isEqualTo("Ann");
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(requests).hasValue(2);
    }

    @Test
    void a429OnACreateIsReportedWithItsDelayAndNotRetried() {
        script.add(new Answer(429, "application/json", "{\"ERROR\": \"slow down\"}", "7", false));
        ConvaiException e = failure(() -> client().create(ANN));
        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(requests).hasValue(1);
    }

    @Test
    void a503ThenSuccessMakesAReadRetryAndSucceed() {
        script.add(Answer.json(503, "{\"ERROR\": \"unavailable\"}"));
        script.add(Answer.json(
                200,
                "{\"characters\": [{\"character_id\": \"a\", \"character_name\": \"Ann\","
                        + " \"some_new_field\": {\"x\": 1}}]}"));
        assertThat(client().list()).hasSize(1);
        assertThat(requests).hasValue(2);
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0)).isBetween(Duration.ZERO, RetryPolicy.DEFAULT.baseDelay());
    }

    @Test
    void a503OnCreateOrCloneIsNeverRetried() {
        script.add(Answer.json(503, "{\"ERROR\": \"unavailable\"}"));
        script.add(Answer.json(201, "{\"charID\": \"new\"}"));
        assertThat(failure(() -> client().create(ANN)).kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(requests).hasValue(1);
        script.clear();
        script.add(Answer.json(503, "{\"ERROR\": \"unavailable\"}"));
        script.add(Answer.json(200, "{\"charID\": \"new\"}"));
        assertThat(failure(() -> client().cloneCharacter("a", true)).kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(requests).hasValue(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void updateAndDeleteWithoutTheSuccessStatusAreMalformedAnswers() {
        for (String body : List.of("{}", "{\"STATUS\": \"FAILED\"}", "[]", "{\"STATUS\": null}")) {
            script.clear();
            script.add(Answer.json(200, body));
            ConvaiException update =
                    failure(() -> client().update("a", new CharacterUpdate("Bo", null, null, null, null), false));
            assertThat(update.kind()).as(body).isEqualTo(Kind.UNREADABLE_RESPONSE);
            assertThat(update.status()).isEqualTo(200);
            assertThat(update.getMessage()).contains("STATUS");
            ConvaiException delete = failure(() -> client().delete("a", false));
            assertThat(delete.kind()).as(body).isEqualTo(Kind.UNREADABLE_RESPONSE);
            assertThat(delete.getMessage()).contains("STATUS");
        }
    }

    @Test
    void updateAndDeleteAcceptTheSuccessStatus() {
        script.add(Answer.json(200, "{\"STATUS\": \"SUCCESS\", \"extra\": 1}"));
        client().delete("a", false);
        client().update("a", new CharacterUpdate("Bo", null, null, null, null), false);
        assertThat(requests).hasValue(2);
    }

    @Test
    void updateAndDeleteRetryOnlyWhenAsked() {
        script.add(Answer.json(500, "{\"ERROR\": \"boom\", \"Reference ID\": \"r-1\"}"));
        script.add(Answer.json(500, "{\"ERROR\": \"boom\", \"Reference ID\": \"r-2\"}"));
        script.add(Answer.json(200, "{\"STATUS\": \"SUCCESS\"}"));
        assertThat(failure(() -> client().delete("a", false)).referenceId()).contains("r-1");
        assertThat(requests).hasValue(1);
        client().delete("a", true);
        assertThat(requests).hasValue(3);
    }

    @Test
    void readsGiveUpAfterTheBoundedNumberOfTries() {
        script.add(Answer.json(500, "{\"ERROR\": \"boom\"}"));
        assertThat(failure(() -> client().voices()).kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(requests).hasValue(RetryPolicy.DEFAULT.maxAttempts());
        assertThat(waits).hasSize(RetryPolicy.DEFAULT.maxAttempts() - 1);
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsIsNotWaitedFor() {
        script.add(new Answer(429, "application/json", "{}", "3600", false));
        assertThat(failure(() -> client().languages()).kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(requests).hasValue(1);
    }

    @Test
    void missingOptionalFieldsGetDefaultsAndTheKeyIsSentTrimmed() {
        script.add(Answer.json(200, "{\"character_id\": \"id\"}"));
        var c = client().get("id");
        assertThat(c.fields().languageCodes()).containsExactly("en-US");
        assertThat(c.fields().actions()).isEmpty();
        assertThat(c.fields().backstory()).isEmpty();
        assertThat(seenKeys).containsExactly("k");
    }

    @Test
    void aCreateAnswerWithoutAnIdIsUnreadable() {
        script.add(Answer.json(201, "{\"status\": \"ok\"}"));
        assertThat(failure(() -> client().create(ANN)).kind()).isEqualTo(Kind.UNREADABLE_RESPONSE);
    }
}
