package io.characterstudio.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.RetryPolicy;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code get} requests per second on loopback, 8 client threads with the app's own client: the
 * sandbox reading its database of the generated cast (random IDs), against WireMock serving one
 * canned answer (the sandbox's own answer for one character, byte for byte).
 */
public final class SandboxThroughput {

    record Result(int stored, double sandboxPerSecond, double wireMockPerSecond) {}

    private SandboxThroughput() {}

    /** On its own: {@code SandboxThroughput <data folder made by CastGenerator> [seconds]}. */
    public static void main(String[] args) throws Exception {
        Result r = run(Path.of(args[0]), args.length > 1 ? Double.parseDouble(args[1]) : 6);
        System.out.printf(
                java.util.Locale.ROOT,
                "%d stored: sandbox %.0f/s, WireMock %.0f/s, ratio %.2f%n",
                r.stored(),
                r.sandboxPerSecond(),
                r.wireMockPerSecond(),
                r.sandboxPerSecond() / r.wireMockPerSecond());
        System.exit(0);
    }

    static Result run(Path castDir, double seconds) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        try (Sandbox sandbox =
                Sandbox.start(SandboxConfig.persistent(castDir.resolve("sandbox")), mapper, Clock.systemUTC())) {
            ConvaiClient client = client(sandbox.baseUri(), sandbox.apiKey(), mapper);
            List<String> ids = client.list().stream().map(s -> s.id()).toList();
            String canned = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(sandbox.baseUri().resolve("/character/get"))
                                    .header("CONVAI-API-KEY", sandbox.apiKey())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"charID\": \"" + ids.get(0) + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            double sandboxRate = rate(client, ids, seconds);

            WireMockServer wireMock = new WireMockServer(
                    options().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal());
            wireMock.start();
            try {
                wireMock.stubFor(
                        WireMock.post(WireMock.urlEqualTo("/character/get")).willReturn(WireMock.okJson(canned)));
                ConvaiClient mockClient = client(URI.create("http://127.0.0.1:" + wireMock.port()), "any", mapper);
                double wireMockRate = rate(mockClient, ids, seconds);
                return new Result(ids.size(), sandboxRate, wireMockRate);
            } finally {
                wireMock.stop();
            }
        }
    }

    private static ConvaiClient client(URI base, String key, JsonMapper mapper) {
        return new ConvaiClient(ConvaiSettings.of(base, key).withRetryPolicy(RetryPolicy.NONE), mapper);
    }

    /** Requests per second over {@code seconds}, after a warm-up of a third of that. */
    private static double rate(ConvaiClient client, List<String> ids, double seconds) throws Exception {
        load(client, ids, seconds / 3);
        return load(client, ids, seconds);
    }

    private static double load(ConvaiClient client, List<String> ids, double seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        CountDownLatch finished = new CountDownLatch(8);
        List<Throwable> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < 8; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        client.get(ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                        done.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                } finally {
                    finished.countDown();
                }
            });
            worker.start();
        }
        finished.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A get failed under load", failures.get(0));
        }
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }
}
