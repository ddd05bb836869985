package io.characterstudio.bench;

import io.characterstudio.model.WordCount;
import io.characterstudio.testsupport.AppDriver;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Typing into a long backstory in the real app (headless Monocle): the first character of the
 * library gets a backstory of {@link #WORDS} words and is saved, the history dialog and the find
 * and replace dialog are opened and closed once (their view-models made as the app makes them),
 * then two bursts of keys arrive one every {@link #KEY_INTERVAL_MS} ms, as a fast typist's would:
 * the first warms the JIT up and is not measured, the second is.
 *
 * <p>Each key is posted to the JavaFX thread when it is due and fired at the backstory there
 * (pressed, typed, released); its latency is the time from when it was due until the end of the
 * layout pass of the first pulse that shows it (a scene post-layout pulse listener). A key that
 * waits behind a slow keystroke or a slow frame counts its wait. The software rendering of that
 * frame, on the renderer thread, is not included: headless Monocle offers no hook after it, and
 * the next pulse waits for it, so a slow paint shows in the keys that follow.
 */
final class TypingBench {

    static final int WORDS = 1000;
    static final long KEY_INTERVAL_MS = 8;
    private static final String TYPED = "and the keeper said nothing ";

    /**
     * @param fxCpuMsPerKey the CPU time the JavaFX thread spent per key during the measured burst
     *                      (events, layout and everything else it ran): unlike the latency it
     *                      hardly depends on what else the machine runs
     * @param renderCpuMsPerKey the same for the renderer thread (the software paint of the frames)
     */
    record Result(AppBench.Gaps latency, double fxCpuMsPerKey, double renderCpuMsPerKey) {}

    private TypingBench() {}

    /** Types {@code keys} characters into the backstory of the first character of {@code dataDir}. */
    static Result run(Path dataDir, int keys) throws Exception {
        AppDriver app = new AppDriver(dataDir).launch();
        try {
            app.awaitMainWindow();
            ListView<?> library = app.robot.lookup("#library").queryAs(ListView.class);
            app.waitFor(() -> library.getItems().size() > 0);
            TextArea area = app.robot.lookup("#backstory").queryAs(TextArea.class);
            app.robot.interact(() -> library.getSelectionModel().select(0));
            app.waitFor(() -> !area.getText().isEmpty());
            String story = backstory();
            app.robot.interact(() -> area.setText(story));
            app.robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
            app.waitFor(() -> !app.stage().getTitle().startsWith("\u2022"));
            openAndClose(app, KeyCode.H, "historyDialog");
            openAndClose(app, KeyCode.R, "findReplaceDialog");
            app.robot.interact(() -> {
                area.requestFocus();
                area.end();
            });
            type(area, keys); // the warm-up burst: the JIT compiles the typing path
            Result measured = type(area, keys);
            int[] length = {0};
            app.robot.interact(() -> length[0] = area.getLength());
            if (length[0] != story.length() + 2 * keys) {
                throw new IllegalStateException("The backstory has " + length[0] + " characters, expected "
                        + (story.length() + 2 * keys) + ": the keys were not typed into it");
            }
            return measured;
        } finally {
            app.close();
        }
    }

    /** A backstory of exactly {@link #WORDS} words. */
    static String backstory() {
        StringBuilder b = new StringBuilder("Mara keeps the lighthouse at Saltmarsh.");
        for (int w = 6; w < WORDS; w++) {
            b.append(w % 15 == 0 ? ". " : " ").append(w % 15 == 0 ? "She" : "waves".substring(0, 1 + w % 5));
        }
        b.append('.');
        if (WordCount.of(b) != WORDS) {
            throw new IllegalStateException("The backstory has " + WordCount.of(b) + " words");
        }
        return b.toString();
    }

    private static void openAndClose(AppDriver app, KeyCode key, String dialog) throws Exception {
        app.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(key).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog(dialog);
        app.robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> app.robot.lookup("#" + dialog).tryQuery().isEmpty());
    }

    private static Result type(TextArea area, int keys) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId)
                .findFirst()
                .orElse(-1);
        long[] cpu = new long[4];
        long[] due = new long[keys];
        int[] fired = {0};
        int[] shown = {0};
        List<Long> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Scene scene = area.getScene();
        Runnable listener = () -> {
            for (; shown[0] < fired[0]; shown[0]++) {
                latencies.add(System.nanoTime() - due[shown[0]]);
            }
            if (shown[0] == keys && done.getCount() > 0) {
                cpu[1] = threads.getCurrentThreadCpuTime();
                cpu[3] = threads.getThreadCpuTime(renderer);
                done.countDown();
            }
        };
        CountDownLatch added = new CountDownLatch(1);
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener);
            cpu[0] = threads.getCurrentThreadCpuTime();
            cpu[2] = threads.getThreadCpuTime(renderer);
            added.countDown();
        });
        added.await(10, TimeUnit.SECONDS);
        ScheduledExecutorService keyboard = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < keys; i++) {
                int k = i;
                keyboard.schedule(
                        () -> {
                            due[k] = System.nanoTime();
                            Platform.runLater(() -> {
                                press(area, TYPED.charAt(k % TYPED.length()));
                                fired[0] = k + 1;
                            });
                        },
                        i * KEY_INTERVAL_MS,
                        TimeUnit.MILLISECONDS);
            }
            if (!done.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Only " + shown[0] + " of " + keys + " keys were shown");
            }
        } finally {
            keyboard.shutdownNow();
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
        }
        return new Result(AppBench.Gaps.of(latencies), (cpu[1] - cpu[0]) / 1e6 / keys, (cpu[3] - cpu[2]) / 1e6 / keys);
    }

    /** What the keyboard sends for one character: pressed, typed, released. */
    private static void press(TextArea area, char c) {
        KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        String s = String.valueOf(c);
        area.fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
        area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, s, s, KeyCode.UNDEFINED, false, false, false, false));
        area.fireEvent(
                new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
    }
}
