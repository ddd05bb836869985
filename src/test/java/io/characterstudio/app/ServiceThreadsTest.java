package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiException;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.RetryPolicy;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.testsupport.RawHttpServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** No server can hold the app's shared service threads: hung calls time out and free them. */
class ServiceThreadsTest {

    private static final String LIST = "{\"characters\": []}";

    @Test
    void asManyHungCallsAsThereAreServiceThreadsTimeOutAndThenANormalCallCompletes() throws Exception {
        int hung = AppContext.SERVICE_THREADS;
        RawHttpServer[] self = new RawHttpServer[1];
        ExecutorService pool = AppContext.namedPool("studio-service", AppContext.SERVICE_THREADS);
        try (RawHttpServer server = new RawHttpServer((out, n) -> {
            if (n > hung) {
                RawHttpServer.head(out, "200 OK", "Content-Length: " + LIST.length());
                out.write(LIST.getBytes(StandardCharsets.UTF_8));
                return;
            }
            RawHttpServer.head(out, "200 OK", "Content-Length: 1000");
            for (int i = 0; i < 1000 && !self[0].pause(100); i++) {
                out.write(' ');
                out.flush();
            }
        })) {
            self[0] = server;
            ConvaiClient client = new ConvaiClient(
                    ConvaiSettings.of(URI.create(server.url()), "k")
                            .withRequestTimeout(Duration.ofMillis(500))
                            .withRetryPolicy(RetryPolicy.NONE),
                    JsonMapper.builder().build());
            List<CompletableFuture<List<CharacterSummary>>> calls = new ArrayList<>();
            for (int i = 0; i < hung; i++) {
                calls.add(CompletableFuture.supplyAsync(client::list, pool));
            }
            for (CompletableFuture<List<CharacterSummary>> call : calls) {
                assertThat(call.handle((v, e) -> e).get(5, TimeUnit.SECONDS))
                        .as("a hung call failed")
                        .hasCauseInstanceOf(ConvaiException.class);
            }
            assertThat(CompletableFuture.supplyAsync(client::list, pool).get(5, TimeUnit.SECONDS))
                    .isEmpty();
            assertThat(server.requests()).isEqualTo(hung + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
