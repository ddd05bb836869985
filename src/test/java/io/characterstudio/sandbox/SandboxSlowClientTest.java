package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clients that send slowly, or not at all, cannot keep the sandbox from answering others. */
class SandboxSlowClientTest {

    private static final int SLOW_CONNECTIONS = 40;
    private static final int SILENT_CONNECTIONS = 10;

    private final List<RawSocket> slow = new ArrayList<>();
    private final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slow-client-drip");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void closeSlowClients() throws IOException {
        drip.shutdownNow();
        for (RawSocket socket : slow) {
            socket.close();
        }
    }

    @Test
    void fortySlowConnectionsLeaveRealRequestsAnsweredWithinASecond() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.inMemory())) {
            String host = "Host: 127.0.0.1:" + sandbox.port();
            for (int i = 0; i < SILENT_CONNECTIONS; i++) {
                slow.add(new RawSocket(sandbox.port())); // connects, sends nothing
            }
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                RawSocket socket = new RawSocket(sandbox.port());
                slow.add(socket);
                String start = switch (i % 3) {
                    case 0 -> "POST /character/create HTTP/1.1\r\nHo"; // headers, byte by byte
                    case 1 ->
                        RawSocket.head(
                                        "POST",
                                        "/character/create",
                                        host,
                                        "Content-Length: 1000",
                                        RawHttp.KEY_HEADER + ": " + sandbox.apiKey())
                                + "{"; // a body, byte by byte
                    default -> RawSocket.head("POST", "/character/create", host, "Content-Length: 1000") + "{";
                };
                socket.send(start);
                drip.scheduleAtFixedRate(() -> sendQuietly(socket, "x"), 100, 100, TimeUnit.MILLISECONDS);
            }
            RawHttp http = new RawHttp(sandbox);
            long slowest = 0;
            for (int i = 0; i < 10; i++) {
                long started = System.nanoTime();
                HttpResponse<String> created = http.send(http.request("/character/create")
                        .timeout(Duration.ofSeconds(3))
                        .header(RawHttp.KEY_HEADER, sandbox.apiKey())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"charName\": \"Ann " + i + "\", \"voiceType\": \"MALE\", \"backstory\": \"b\"}")));
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                slowest = Math.max(slowest, millis);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            }
            System.out.println("Slowest of 10 creates beside " + SLOW_CONNECTIONS + " slow and "
                    + SILENT_CONNECTIONS + " silent connections: "
                    + slowest + " ms");
            assertThat(slowest).isLessThan(2_000);
            assertThat(sandbox.characterCount()).isEqualTo(10);
        }
    }

    @Test
    void aClientWithoutAKeyThatAnnouncesTenMegabytesAndSendsNothingIsRefusedAtOnce() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.inMemory());
                RawSocket socket = new RawSocket(sandbox.port())) {
            long started = System.nanoTime();
            String answer = socket.send(RawSocket.head(
                            "POST",
                            "/character/create",
                            "Host: 127.0.0.1:" + sandbox.port(),
                            "Content-Type: application/json",
                            "Content-Length: 10485760"))
                    .readUntilClosed();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.println("Keyless 10 MB announcement refused and closed in " + millis + " ms");
            assertThat(answer).startsWith("HTTP/1.1 401").endsWith("{\"API_ERROR\": \"api_key not found.\"}");
            assertThat(millis)
                    .as("answered and closed at once, not after waiting for the body")
                    .isLessThan(2_000);
        }
    }

    @Test
    void aWrongKeyIsRefusedBeforeTheBodyIsRead() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.inMemory());
                RawSocket socket = new RawSocket(sandbox.port())) {
            String answer = socket.send(RawSocket.head(
                            "POST",
                            "/character/delete",
                            "Host: localhost",
                            RawHttp.KEY_HEADER + ": wrong",
                            "Content-Length: 10485760"))
                    .readUntilClosed();
            assertThat(answer).startsWith("HTTP/1.1 401").endsWith("{\"API_ERROR\": \"Invalid API key provided.\"}");
        }
    }

    @Test
    void headersOrABodySentTooSlowlyAreCutOffAtTheDeadline() throws Exception {
        RequestLimits quick = new RequestLimits(300, 300, 300, RequestLimits.DEFAULT.workers());
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.inMemory(), quick);
                RawSocket headers = new RawSocket(sandbox.port());
                RawSocket body = new RawSocket(sandbox.port())) {
            headers.send("POST /character/create HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            body.send(RawSocket.head(
                            "POST",
                            "/character/create",
                            "Host: 127.0.0.1",
                            RawHttp.KEY_HEADER + ": " + sandbox.apiKey(),
                            "Content-Length: 100")
                    + "{\"charName\"");
            long started = System.nanoTime();
            assertThat(headers.readUntilClosed()).as("closed without an answer").isEmpty();
            assertThat(body.readUntilClosed()).as("closed without an answer").isEmpty();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(millis).isLessThan(2_000);
            assertThat(new RawHttp(sandbox).post("/character/list", "").statusCode())
                    .isEqualTo(200);
        }
    }

    private static void sendQuietly(RawSocket socket, String text) {
        try {
            socket.send(text);
        } catch (IOException closedByTheServer) {
            // The sandbox may cut a slow client off; that is allowed.
        }
    }
}
