package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.net.httpserver.HttpServer;
import io.characterstudio.convai.KeyTransport;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.store.KeyFile;
import io.characterstudio.store.Workspace;
import io.characterstudio.testsupport.RedirectPair;
import io.characterstudio.testsupport.RefusingServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ConnectionServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private Sandbox embedded;
    private Sandbox other;
    private Workspace workspace;

    @BeforeEach
    void start() throws Exception {
        embedded = Sandbox.start(SandboxConfig.inMemory());
        other = Sandbox.start(SandboxConfig.inMemory().withApiKey("teammate-key"));
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        workspace.close();
        embedded.close();
        other.close();
    }

    private ConnectionService service(Optional<String> override) {
        ConnectionInfo builtIn =
                new ConnectionInfo(ConnectionService.EMBEDDED_ID, "Sandbox (this computer)", embedded.baseUri(), true);
        return new ConnectionService(
                builtIn, embedded.apiKey(), workspace.connections(), workspace.keys(), override, JSON, Runnable::run);
    }

    @Test
    void theBuiltInSandboxAlwaysComesFirstAndUsesItsOwnKey() {
        ConnectionService s = service(Optional.empty());
        assertThat(s.all()).extracting(ConnectionInfo::id).containsExactly("sandbox");
        assertThat(s.settingsFor(s.embedded()).apiKey()).isEqualTo(embedded.apiKey());
        assertThatThrownBy(() -> s.removeAsync("sandbox").join()).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badDraftsAreRefusedWithTheReasonAndNothingIsSaved() {
        ConnectionService s = service(Optional.empty());
        assertThat(s.problems(new ConnectionDraft(null, "", "https://api.convai.com", "k", false)))
                .containsExactly("Give the connection a name.");
        for (String url : new String[] {
            "api.convai.com", "ftp://api.convai.com", "https://", "http://a b", "", "https://user:pw@api.convai.com"
        }) {
            assertThat(s.problems(new ConnectionDraft(null, "Studio", url, "k", false)))
                    .as(url)
                    .anySatisfy(p -> assertThat(p).contains("http:// or https://"));
        }
        assertThat(s.problems(new ConnectionDraft(null, "Studio", "https://api.convai.com", "  ", false)))
                .containsExactly("A Convai connection needs an API key.");
        assertThat(s.problems(new ConnectionDraft(null, "Studio", "https://api.convai.com", "a b", false)))
                .anySatisfy(p -> assertThat(p).contains("spaces"));
        assertThat(s.problems(new ConnectionDraft(null, "Teammate", "http://127.0.0.1:9", "", true)))
                .isEmpty();
        assertThatThrownBy(() -> s.save(new ConnectionDraft(null, "Studio", "nope", "k", false)))
                .isInstanceOf(InvalidConnectionException.class);
        assertThat(s.all()).hasSize(1);
        assertThat(Files.exists(dataDir.resolve(KeyFile.FILE_NAME))).isFalse();
    }

    @Test
    void keysAreTrimmedAndKeptOnlyInTheOwnerOnlyKeyFile() throws Exception {
        ConnectionService s = service(Optional.empty());
        ConnectionInfo c = s.save(
                new ConnectionDraft(null, " Studio ", " https://api.convai.com/ ", "  secret-key-4711 \n", false));
        assertThat(c.name()).isEqualTo("Studio");
        assertThat(c.baseUrl()).isEqualTo(URI.create("https://api.convai.com"));
        assertThat(s.settingsFor(c).apiKey()).isEqualTo("secret-key-4711");
        Path keyFile = dataDir.resolve(KeyFile.FILE_NAME);
        assertThat(Files.readString(keyFile)).contains("secret-key-4711");
        workspace.close();
        for (Path p : Files.list(dataDir).toList()) {
            if (!p.equals(keyFile) && Files.isRegularFile(p)) {
                assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1))
                        .as(p.toString())
                        .doesNotContain("secret-key-4711");
            }
        }
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
        assumeThat(dataDir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
    }

    @Test
    void editingWithAnEmptyKeyKeepsTheStoredKeyAndRemovingForgetsIt() {
        ConnectionService s = service(Optional.empty());
        ConnectionInfo c = s.save(new ConnectionDraft(null, "Studio", "https://api.convai.com", "k1", false));
        ConnectionInfo renamed = s.save(new ConnectionDraft(c.id(), "Studio EU", "https://api.convai.com", "", false));
        assertThat(renamed.id()).isEqualTo(c.id());
        assertThat(s.settingsFor(renamed).apiKey()).isEqualTo("k1");
        assertThat(s.all()).extracting(ConnectionInfo::name).containsExactly("Sandbox (this computer)", "Studio EU");
        s.removeAsync(c.id()).join();
        assertThat(s.all()).hasSize(1);
        assertThat(workspace.keys().get(c.id())).isEmpty();
    }

    @Test
    void theEnvironmentKeyServesAConvaiConnectionWithoutStoringIt() {
        ConnectionService s = service(Optional.of(" env-key "));
        assertThat(s.problems(new ConnectionDraft(null, "Studio", "https://api.convai.com", "", false)))
                .isEmpty();
        ConnectionInfo c = s.save(new ConnectionDraft(null, "Studio", "https://api.convai.com", "", false));
        assertThat(s.settingsFor(c).apiKey()).isEqualTo("env-key");
        assertThat(s.usesKeyOverride(c)).isTrue();
        assertThat(workspace.keys().get(c.id())).isEmpty();
    }

    @Test
    void testConnectionTellsOkInvalidKeyUnreachableAndNotConvaiWithTheTime() throws Exception {
        ConnectionService s = service(Optional.empty());
        ConnectionCheck ok = s.test(
                        new ConnectionDraft(null, "Teammate", other.baseUri().toString(), "teammate-key", true))
                .join();
        assertThat(ok.outcome()).isEqualTo(ConnectionCheck.Outcome.OK);
        assertThat(ok.message()).contains("384 voices").endsWith(" ms).");
        assertThat(s.test(new ConnectionDraft(null, "T", other.baseUri().toString(), "wrong", true))
                        .join()
                        .outcome())
                .isEqualTo(ConnectionCheck.Outcome.INVALID_KEY);

        URI closed = other.baseUri();
        HttpServer html = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        html.createContext("/", ex -> {
            byte[] page = "<html>Welcome to nginx!</html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        html.start();
        try {
            ConnectionCheck notConvai = s.test(new ConnectionDraft(
                            null, "T", "http://127.0.0.1:" + html.getAddress().getPort(), "k", false))
                    .join();
            assertThat(notConvai.outcome()).isEqualTo(ConnectionCheck.Outcome.NOT_CONVAI);
            assertOneSentenceWithoutRepetition(notConvai.message());
        } finally {
            html.stop(0);
        }
        other.close();
        ConnectionCheck down = s.test(new ConnectionDraft(null, "T", closed.toString(), "k", true))
                .join();
        assertThat(down.outcome()).isEqualTo(ConnectionCheck.Outcome.UNREACHABLE);
        assertThat(down.message())
                .startsWith("Cannot reach " + closed)
                .doesNotContain("Cannot reach the server")
                .endsWith("the address right? (" + down.took().toMillis() + " ms)");
        assertOneSentenceWithoutRepetition(down.message());
        assertThat(ok.message()).matches("Connected: the server offers 384 voices \\(\\d+ ms\\)\\.");
    }

    /** No phrase of two words (of three letters or more) appears twice: "Cannot reach …: Cannot reach …". */
    static void assertOneSentenceWithoutRepetition(String message) {
        String[] words = message.replaceAll("[^\\p{L}\\p{N} ]", " ")
                .toLowerCase(java.util.Locale.ROOT)
                .split("\\s+");
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].length() >= 3 && words[i + 1].length() >= 3) {
                assertThat(pairs.add(words[i] + " " + words[i + 1]))
                        .as(message + " repeats \"" + words[i] + " " + words[i + 1] + "\"")
                        .isTrue();
            }
        }
    }

    @Test
    void eachFailedOutcomeIsOneSentenceThatSaysItOnce() {
        assertThat(ConnectionCheck.sentence(
                        ConnectionCheck.Outcome.UNREACHABLE,
                        false,
                        "Cannot reach http://127.0.0.1:9: is the server running and the address right?"))
                .isEqualTo("Cannot reach http://127.0.0.1:9: is the server running and the address right?");
        assertThat(ConnectionCheck.sentence(
                        ConnectionCheck.Outcome.UNREACHABLE, false, "The server did not answer within 5 s."))
                .isEqualTo("The server did not answer within 5 s.");
        assertThat(ConnectionCheck.sentence(ConnectionCheck.Outcome.INVALID_KEY, false, "HTTP 401 Unauthorized"))
                .isEqualTo("Invalid key: the server refused it.");
        assertThat(ConnectionCheck.sentence(
                        ConnectionCheck.Outcome.NOT_CONVAI,
                        false,
                        "The server's answer is too large. It may not be a Convai API."))
                .isEqualTo("The server's answer is too large. It may not be a Convai API.");
        assertThat(ConnectionCheck.sentence(ConnectionCheck.Outcome.NOT_CONVAI, false, "The answer is not JSON."))
                .isEqualTo("Not a Convai API: the answer is not JSON.");
        assertThat(ConnectionCheck.sentence(ConnectionCheck.Outcome.NOT_CONVAI, false, "HTTP 404 from /tts."))
                .isEqualTo("Not a Convai API: HTTP 404 from /tts.");
        assertThat(ConnectionCheck.sentence(
                        ConnectionCheck.Outcome.NOT_CONVAI, true, "The server redirected the request."))
                .isEqualTo("The server redirected the request.");
        assertThat(ConnectionCheck.withTime("Connected.", java.time.Duration.ofMillis(12)))
                .isEqualTo("Connected (12 ms).");
        assertThat(ConnectionCheck.withTime("Right?", java.time.Duration.ofMillis(3)))
                .isEqualTo("Right? (3 ms)");
    }

    @Test
    void a401ServerIsReportedAsAnInvalidKey() throws Exception {
        try (RefusingServer refusing = new RefusingServer()) {
            ConnectionCheck t = service(Optional.empty())
                    .test(new ConnectionDraft(null, "Convai", refusing.url(), "old-key", false))
                    .join();
            assertThat(t.outcome()).isEqualTo(ConnectionCheck.Outcome.INVALID_KEY);
            assertThat(t.message()).startsWith("Invalid key");
            assertThat(t.message()).doesNotContain("old-key");
        }
    }

    @Test
    void plainHttpIsRefusedExceptForThisComputerAndNothingIsSentThere() {
        ConnectionService s = service(Optional.empty());
        for (String url :
                new String[] {"http://api.convai.com", "http://192.168.1.20:8765", "http://localhost.example.com"}) {
            assertThat(s.problems(new ConnectionDraft(null, "Studio", url, "k", false)))
                    .as(url)
                    .containsExactly(KeyTransport.PLAIN_HTTP_PROBLEM);
            ConnectionCheck t =
                    s.test(new ConnectionDraft(null, "Studio", url, "k", false)).join();
            assertThat(t.outcome()).isEqualTo(ConnectionCheck.Outcome.UNREACHABLE);
            assertThat(t.message()).contains(KeyTransport.PLAIN_HTTP_PROBLEM);
        }
        assertThatThrownBy(() -> s.save(new ConnectionDraft(null, "Studio", "http://api.convai.com", "k", false)))
                .isInstanceOf(InvalidConnectionException.class)
                .hasMessageContaining("https://");
        for (String url :
                new String[] {"http://localhost:8765", "http://127.0.0.1:9", "http://[::1]:9", "https://api.convai.com"
                }) {
            assertThat(s.problems(new ConnectionDraft(null, "Local", url, "k", true)))
                    .as(url)
                    .isEmpty();
        }
        assertThat(s.all()).hasSize(1);
    }

    @Test
    void testConnectionReportsARedirectAndTheHostItNamesReceivesNothing() throws Exception {
        try (RedirectPair pair = new RedirectPair("/tts/get_available_voices", 302)) {
            ConnectionCheck t = service(Optional.empty())
                    .test(new ConnectionDraft(null, "Convai", pair.url(), "redirected-key", false))
                    .join();
            assertThat(t.outcome()).isEqualTo(ConnectionCheck.Outcome.NOT_CONVAI);
            assertThat(t.message())
                    .startsWith("The server redirected the request")
                    .contains(pair.targetUrl())
                    .doesNotContain("redirected-key");
            assertThat(pair.redirected()).isEqualTo(1);
            assertThat(pair.reachedTarget()).isZero();
        }
    }

    @Test
    void aDraftNeverPrintsItsKey() {
        ConnectionDraft d = new ConnectionDraft("id", "Studio", "https://api.convai.com", "draft-key-1234", false);
        assertThat(d.toString())
                .doesNotContain("draft-key-1234")
                .contains("Studio")
                .contains("apiKey=(set)");
        assertThat(new ConnectionDraft(null, "S", "u", "", true).toString()).contains("apiKey=(none)");
    }
}
