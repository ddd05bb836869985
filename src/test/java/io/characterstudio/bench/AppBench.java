package io.characterstudio.bench;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.service.CharacterBulk;
import io.characterstudio.testsupport.AppDriver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Benchmarks of the real app, driven as a user drives it (TestFX robot on headless Monocle):
 * scrolling the whole library, a bulk refresh of every character and a bulk clone of the tagged
 * ones with latency injected into the embedded sandbox, each with the gaps between JavaFX pulses
 * recorded; and the sequential loops they are compared with, through the same sandbox.
 */
final class AppBench {

    /** What one run measured; times in milliseconds. */
    record Result(
            int refreshed,
            double refreshMs,
            Gaps refreshPulses,
            double sequentialGetMs,
            int cloned,
            double cloneMs,
            Gaps clonePulses,
            double sequentialCloneMs) {}

    /** A distribution of pulse gaps, in milliseconds. */
    record Gaps(int frames, double median, double p95, double p99, double max) {
        static Gaps of(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Gaps(0, 0, 0, 0, 0);
            }
            return new Gaps(sorted.size(), at(sorted, 50), at(sorted, 95), at(sorted, 99), at(sorted, 100));
        }

        private static double at(List<Long> sorted, double p) {
            int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
        }
    }

    private AppBench() {}

    /**
     * @param sequentialSample how many items the sequential baselines run (their time per item is
     *                         scaled to the full count: a loop's time is linear in its length)
     */
    static Result run(Path dataDir, long latencyMs, int sequentialSample) throws Exception {
        AppDriver app = new AppDriver(dataDir).launch();
        try {
            app.awaitMainWindow();
            ListView<?> library = app.robot.lookup("#library").queryAs(ListView.class);
            app.waitFor(() -> library.getItems().size() > 0);
            int rows = library.getItems().size();
            setLatency(app, latencyMs);
            app.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
            app.robot.clickOn("Edit").clickOn("Refresh selected from the server");
            List<Gaps> refreshPulses = new ArrayList<>();
            double refreshMs = runPlanAndWaitForReport(app, refreshPulses);

            TextField search = app.robot.lookup("#librarySearch").queryAs(TextField.class);
            app.robot.interact(() -> search.setText("#" + Casts.BULK_TAG));
            app.waitFor(() -> library.getItems().size() < rows);
            int tagged = library.getItems().size();
            app.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
            app.robot.clickOn("Edit").clickOn("Clone selected characters…");
            app.dialog("bulkCloneDialog");
            app.robot.clickOn("Clone");
            List<Gaps> clonePulses = new ArrayList<>();
            double cloneMs = runPlanAndWaitForReport(app, clonePulses);

            ConvaiClient client = app.sandboxClient();
            List<String> ids = client.list().stream()
                    .map(s -> s.id())
                    .limit(sequentialSample)
                    .toList();
            long t0 = System.nanoTime();
            for (String id : ids) {
                client.get(id);
            }
            double sequentialGet = (System.nanoTime() - t0) / 1e6 / ids.size() * rows;
            t0 = System.nanoTime();
            int n = 0;
            for (String id : ids) {
                String copy = client.cloneCharacter(id, false);
                client.update(
                        copy,
                        new CharacterUpdate(CharacterBulk.copyName("{name} v{n}", "x", ++n), null, null, null, null),
                        false);
            }
            double sequentialClone = (System.nanoTime() - t0) / 1e6 / ids.size() * tagged;
            setLatency(app, 0);
            return new Result(
                    rows,
                    refreshMs,
                    refreshPulses.get(0),
                    sequentialGet,
                    tagged,
                    cloneMs,
                    clonePulses.get(0),
                    sequentialClone);
        } finally {
            app.close();
        }
    }

    /** Scrolls the whole library of the app on {@code dataDir}, six rows a frame. */
    static Gaps scrollOnly(Path dataDir) throws Exception {
        AppDriver app = new AppDriver(dataDir).launch();
        try {
            app.awaitMainWindow();
            ListView<?> library = app.robot.lookup("#library").queryAs(ListView.class);
            app.waitFor(() -> library.getItems().size() > 0);
            return scroll(library, library.getItems().size());
        } finally {
            app.close();
        }
    }

    /**
     * Clicks Run in the dry run; the time until the report shows. The pulse gaps are recorded
     * from the click until the report is on screen: the run itself, its progress and its report
     * (not the dry-run dialog the user opened before it).
     */
    private static double runPlanAndWaitForReport(AppDriver app, List<Gaps> pulseGaps) throws Exception {
        app.dialog("bulkPlanDialog");
        PulseRecorder pulses = PulseRecorder.start();
        long t0 = System.nanoTime();
        app.robot.clickOn("#bulkPlanRun");
        waitLong(app, "reportDialog");
        double ms = (System.nanoTime() - t0) / 1e6;
        app.robot.interact(() -> {}); // the report's first frame
        pulseGaps.add(pulses.stop());
        javafx.scene.control.DialogPane report =
                app.robot.lookup("#reportDialog").queryAs(javafx.scene.control.DialogPane.class);
        javafx.scene.Node close = report.lookupButton(javafx.scene.control.ButtonType.CLOSE);
        app.robot.interact(() -> ((javafx.scene.control.Button) close).fire());
        app.waitFor(() -> app.robot.lookup("#reportDialog").tryQuery().isEmpty());
        return ms;
    }

    private static void waitLong(AppDriver app, String id) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.MINUTES,
                () -> app.robot.lookup("#" + id).tryQuery().isPresent());
    }

    private static Gaps scroll(ListView<?> library, int rows) throws Exception {
        List<Long> gaps = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            private long last;
            private int index;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                }
                last = now;
                index += 6;
                library.scrollTo(Math.min(index, rows - 1));
                if (index >= rows) {
                    stop();
                    library.scrollTo(0);
                    done.countDown();
                }
            }
        }.start());
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the scroll did not finish");
        }
        return Gaps.of(gaps);
    }

    private static void setLatency(AppDriver app, long ms) throws Exception {
        URI base = app.sandboxUri();
        String key = Files.readString(app.dataDir().resolve("sandbox").resolve("sandbox-api-key"))
                .strip();
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/_sandbox/faults"))
                                .header("CONVAI-API-KEY", key)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"latency_ms\": " + ms + "}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The sandbox refused the latency: " + answer.body());
        }
    }

    /** Records the gaps between JavaFX pulses while it runs (an AnimationTimer runs once a pulse). */
    static final class PulseRecorder {
        private final List<Long> gaps = new CopyOnWriteArrayList<>();
        private AnimationTimer timer;

        static PulseRecorder start() throws Exception {
            PulseRecorder r = new PulseRecorder();
            CountDownLatch started = new CountDownLatch(1);
            Platform.runLater(() -> {
                r.timer = new AnimationTimer() {
                    private long last;

                    @Override
                    public void handle(long now) {
                        if (last != 0) {
                            r.gaps.add(now - last);
                        }
                        last = now;
                    }
                };
                r.timer.start();
                started.countDown();
            });
            started.await(10, TimeUnit.SECONDS);
            return r;
        }

        Gaps stop() throws Exception {
            CountDownLatch stopped = new CountDownLatch(1);
            Platform.runLater(() -> {
                timer.stop();
                stopped.countDown();
            });
            stopped.await(10, TimeUnit.SECONDS);
            return Gaps.of(gaps);
        }
    }
}
