package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Many clients at once never lose or duplicate a character. */
class SandboxConcurrencyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int THREADS = 8;
    private static final int PER_THREAD = 40;

    @TempDir
    Path dataDir;

    @Test
    void eightThreadsCreatingUpdatingAndDeletingLoseAndDuplicateNothing() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.persistent(dataDir))) {
            RawHttp http = new RawHttp(sandbox);
            Map<String, String> expectedNames = new ConcurrentHashMap<>();
            Set<String> deleted = ConcurrentHashMap.newKeySet();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Void>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    results.add(pool.submit((Callable<Void>) () -> {
                        go.await();
                        for (int i = 0; i < PER_THREAD; i++) {
                            HttpResponse<String> created = http.post(
                                    "/character/create",
                                    "{\"charName\": \"T" + thread + "-" + i
                                            + "\", \"voiceType\": \"MALE\", \"backstory\": \"Born in thread " + thread
                                            + ".\"}");
                            assertThat(created.statusCode()).isEqualTo(201);
                            String id = RawHttp.charId(created);
                            assertThat(expectedNames.put(id, "T" + thread + "-" + i))
                                    .as("duplicate ID " + id)
                                    .isNull();
                            if (i % 3 == 0) {
                                assertThat(http.post(
                                                        "/character/update",
                                                        "{\"charID\": \"" + id + "\", \"charName\": \"U" + thread + "-"
                                                                + i + "\"}")
                                                .statusCode())
                                        .isEqualTo(200);
                                expectedNames.put(id, "U" + thread + "-" + i);
                            }
                            if (i % 4 == 1) {
                                assertThat(http.post("/character/delete", "{\"charID\": \"" + id + "\"}")
                                                .statusCode())
                                        .isEqualTo(200);
                                deleted.add(id);
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<Void> f : results) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }

            JsonNode list =
                    JSON.readTree(http.post("/character/list", "{}").body()).get("characters");
            Map<String, String> listed = new HashMap<>();
            for (JsonNode c : list) {
                assertThat(listed.put(
                                c.get("character_id").stringValue(),
                                c.get("character_name").stringValue()))
                        .as("listed twice")
                        .isNull();
            }
            Map<String, String> expected = new HashMap<>(expectedNames);
            expected.keySet().removeAll(deleted);
            assertThat(expectedNames).hasSize(THREADS * PER_THREAD);
            assertThat(new HashSet<>(deleted)).hasSize(THREADS * (PER_THREAD / 4));
            assertThat(listed).isEqualTo(expected);
        }
    }
}
