package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a web page whose name now points at 127.0.0.1 reaches the sandbox with its own
 * name in {@code Host} and its origin in {@code Origin}. Both are refused, even with the key.
 */
class SandboxHostOriginTest {

    private static final String CREATE = "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"b\"}";

    private Sandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(SandboxConfig.inMemory());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String create(String... extraHeaders) throws IOException {
        String[] headers = new String[extraHeaders.length + 4];
        System.arraycopy(extraHeaders, 0, headers, 0, extraHeaders.length);
        headers[extraHeaders.length] = RawHttp.KEY_HEADER + ": " + sandbox.apiKey();
        headers[extraHeaders.length + 1] = "Content-Type: application/json";
        headers[extraHeaders.length + 2] = "Content-Length: " + CREATE.length();
        headers[extraHeaders.length + 3] = "Connection: close";
        try (RawSocket socket = new RawSocket(sandbox.port())) {
            return socket.send(RawSocket.head("POST", "/character/create", headers) + CREATE)
                    .readUntilClosed();
        }
    }

    @Test
    void loopbackHostNamesAreAcceptedWithOrWithoutAPort() throws IOException {
        int port = sandbox.port();
        for (String host :
                new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost", "127.0.0.1", "localhost:9000"}) {
            assertThat(create("Host: " + host)).as(host).startsWith("HTTP/1.1 201");
        }
        assertThat(sandbox.characterCount()).isEqualTo(5);
    }

    @Test
    void aForeignHostIsRefusedWithAJsonError() throws IOException {
        int port = sandbox.port();
        for (String host : new String[] {
            "attacker.example:" + port,
            "attacker.example",
            "127.0.0.1.nip.io:" + port,
            "localhost.attacker.example",
            "[::1]:" + port,
            "10.0.0.5:" + port
        }) {
            String answer = create("Host: " + host);
            assertThat(answer)
                    .as(host)
                    .startsWith("HTTP/1.1 421")
                    .containsIgnoringCase("Content-Type: application/json")
                    .endsWith("{\"ERROR\": \"The sandbox answers only requests addressed to 127.0.0.1 or localhost"
                            + " (Host was '" + host + "').\"}");
        }
        assertThat(sandbox.characterCount()).isZero();
    }

    @Test
    void aRequestWithAnOriginIsRefusedWithAJsonError() throws IOException {
        for (String origin : new String[] {"http://attacker.example", "http://127.0.0.1:" + sandbox.port(), "null"}) {
            String answer = create("Host: 127.0.0.1:" + sandbox.port(), "Origin: " + origin);
            assertThat(answer)
                    .as(origin)
                    .startsWith("HTTP/1.1 403")
                    .containsIgnoringCase("Content-Type: application/json")
                    .endsWith("{\"ERROR\": \"The sandbox does not answer web pages (the request has an Origin"
                            + " header).\"}");
        }
        assertThat(sandbox.characterCount()).isZero();
    }

    @Test
    void theCatalogueIsRefusedToForeignHostsToo() throws IOException {
        try (RawSocket socket = new RawSocket(sandbox.port())) {
            String answer = socket.send(RawSocket.head(
                            "GET",
                            "/tts/get_available_voices",
                            "Host: attacker.example",
                            RawHttp.KEY_HEADER + ": " + sandbox.apiKey(),
                            "Connection: close"))
                    .readUntilClosed();
            assertThat(answer).startsWith("HTTP/1.1 421");
        }
    }
}
