package io.characterstudio.convai;

import static io.characterstudio.convai.ConvaiClientQuirksTest.failure;
import static io.characterstudio.convai.ConvaiException.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.testsupport.RawHttpServer;
import io.characterstudio.testsupport.RedirectPair;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The key goes only where the settings point, and no server can hold a call past its deadline. */
class ConvaiClientTrustTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CharacterFields ANN = new CharacterFields("Ann", "MALE", "b", List.of(), List.of("en-US"));
    private static final String LIST = "{\"characters\": []}";

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable s : servers) {
            s.close();
        }
    }

    private RawHttpServer raw(RawHttpServer.Script script) throws IOException {
        RawHttpServer server = new RawHttpServer(script);
        servers.add(server);
        return server;
    }

    private static ConvaiSettings settings(String url, Duration timeout) {
        return ConvaiSettings.of(URI.create(url), "trust-key")
                .withRequestTimeout(timeout)
                .withRetryPolicy(RetryPolicy.NONE);
    }

    @Test
    void aRedirectIsNotFollowedAndItsFailureSaysWhereItPointed() throws Exception {
        RedirectPair pair = new RedirectPair("/character/create", 307, 302);
        servers.add(pair);
        ConvaiClient client = new ConvaiClient(ConvaiSettings.of(URI.create(pair.url()), "trust-key"), JSON);

        ConvaiException create = failure(() -> client.create(ANN));
        assertThat(create.kind()).isEqualTo(Kind.REDIRECTED);
        assertThat(create.status()).isEqualTo(307);
        assertThat(create.getMessage())
                .contains(pair.targetUrl())
                .contains("not sent")
                .doesNotContain("trust-key");
        assertThat(pair.redirected()).as("a create is not retried").isEqualTo(1);
        ConvaiException read = failure(client::voices);
        assertThat(read.kind()).isEqualTo(Kind.REDIRECTED);
        assertThat(read.status()).isEqualTo(302);
        assertThat(read.isTransient()).isFalse();
        assertThat(pair.redirected()).isEqualTo(2);
        assertThat(pair.reachedTarget())
                .as("the host a redirect names receives nothing")
                .isZero();
    }

    @Test
    void aBodyTrickledByteByByteTimesOutAtTheDeadlineAndTheExchangeIsAborted() throws Exception {
        RawHttpServer[] self = new RawHttpServer[1];
        RawHttpServer trickling = raw((out, n) -> {
            RawHttpServer.head(out, "200 OK", "Content-Type: application/json", "Content-Length: 1000");
            for (int i = 0; i < 1000 && !self[0].pause(100); i++) {
                out.write(' ');
                out.flush();
            }
        });
        self[0] = trickling;
        ConvaiClient client = new ConvaiClient(settings(trickling.url(), Duration.ofMillis(600)), JSON);
        long started = System.nanoTime();
        ConvaiException e = failure(client::list);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(tookMs).isLessThan(600 + 1500);
        assertThat(trickling.aborted().await(5, TimeUnit.SECONDS))
                .as("the connection was closed")
                .isTrue();
    }

    @Test
    void anAnswerOverTheSizeLimitIsRefusedAndTheSameClientThenWorks() throws Exception {
        int limit = 1 << 20;
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) ' ');
        RawHttpServer server = raw((out, n) -> {
            if (n == 3) {
                RawHttpServer.head(out, "200 OK", "Content-Type: application/json", "Content-Length: " + LIST.length());
                out.write(LIST.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (n == 1) {
                RawHttpServer.head(out, "200 OK", "Content-Length: " + 5 * limit);
            } else {
                RawHttpServer.head(out, "200 OK", "Transfer-Encoding: chunked");
            }
            for (int i = 0; i < 5 * limit / block.length; i++) {
                if (n == 2) {
                    out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block);
                if (n == 2) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        });
        ConvaiClient client = new ConvaiClient(settings(server.url(), Duration.ofSeconds(5)), JSON, limit);
        for (int i = 0; i < 2; i++) {
            ConvaiException e = failure(client::list);
            assertThat(e.kind()).isEqualTo(Kind.UNREADABLE_RESPONSE);
            assertThat(e.getMessage()).contains("too large").contains("1 MB");
        }
        assertThat(client.list()).isEmpty();
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void aKeyIsNeverSentOverPlainHttpToAnotherComputer() {
        ConvaiClient client = new ConvaiClient(settings("http://192.0.2.1:9", Duration.ofSeconds(5)), JSON);
        long started = System.nanoTime();
        ConvaiException e = failure(client::list);
        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(e.getMessage()).isEqualTo(KeyTransport.PLAIN_HTTP_PROBLEM);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                .as("no connection tried")
                .isLessThan(1000);
    }

    @Test
    void plainHttpIsAllowedOnlyToThisComputer() {
        for (String ok : new String[] {
            "https://api.convai.com",
            "https://10.0.0.2:8443",
            "http://localhost:8765",
            "http://LOCALHOST",
            "http://127.0.0.1:1",
            "http://127.1.2.3",
            "http://[::1]:8080"
        }) {
            assertThat(KeyTransport.allows(URI.create(ok))).as(ok).isTrue();
        }
        for (String bad : new String[] {
            "http://api.convai.com",
            "http://192.168.1.20:8765",
            "http://0.0.0.0:1",
            "http://localhost.example.com",
            "http://127.0.0.1.nip.io",
            "http://[::2]",
            "http://128.0.0.1",
            "http://127.0.0.256",
            "ftp://127.0.0.1"
        }) {
            assertThat(KeyTransport.allows(URI.create(bad))).as(bad).isFalse();
        }
        assertThatThrownBy(() -> KeyTransport.allows(null)).isInstanceOf(NullPointerException.class);
    }
}
