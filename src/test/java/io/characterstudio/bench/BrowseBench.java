package io.characterstudio.bench;

import io.characterstudio.testsupport.AppDriver;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Browsing the library by keyboard in the real app: Down held for a while (key events at the
 * usual auto-repeat rate, 30 a second: a robot cannot auto-repeat headless), then Page Down
 * pressed 40 times at the same rate; how many keys the selection followed, the largest gap
 * between JavaFX pulses, and how much the process's resident memory grew.
 */
final class BrowseBench {

    /** Key events per second, as a held key repeats. */
    static final int REPEAT_PER_SECOND = 30;

    static final int PAGE_DOWNS = 40;

    /**
     * What one run measured. {@code fxCpuMs} is the CPU time the FX thread used while browsing,
     * {@code gcMs} the collectors' time, {@code wallMs} the time it took: on a loaded machine a
     * long pulse gap with little FX CPU time is waiting for a core, not work the app does.
     */
    record Result(
            int keys,
            int followed,
            AppBench.Gaps pulses,
            double residentGrowthMb,
            List<String> misses,
            long fxCpuMs,
            long gcMs,
            long wallMs) {}

    private BrowseBench() {}

    static Result run(Path dataDir, double holdSeconds) throws Exception {
        AppDriver app = new AppDriver(dataDir).launch();
        try {
            app.awaitMainWindow();
            @SuppressWarnings("unchecked")
            ListView<Object> library = app.robot.lookup("#library").queryAs(ListView.class);
            app.waitFor(() -> library.getItems().size() > 0);
            app.robot.interact(() -> {
                library.requestFocus();
                library.getSelectionModel().select(0);
            });
            app.waitFor(() -> !app.text("#characterId").isBlank());
            double rssBefore = residentMb();
            long fxThread = fxThreadId();
            long fxCpuBefore = cpuNanos(fxThread);
            long gcBefore = gcMillis();
            long wallBefore = System.nanoTime();
            AppBench.PulseRecorder pulses = AppBench.PulseRecorder.start();
            int downs = (int) Math.round(holdSeconds * REPEAT_PER_SECOND);
            List<String> misses = new CopyOnWriteArrayList<>();
            int followed =
                    press(library, KeyCode.DOWN, downs, misses) + press(library, KeyCode.PAGE_DOWN, PAGE_DOWNS, misses);
            app.waitFor(() -> app.text("#characterId").equals(selectedId(library)));
            AppBench.Gaps gaps = pulses.stop();
            return new Result(
                    downs + PAGE_DOWNS,
                    followed,
                    gaps,
                    residentMb() - rssBefore,
                    List.copyOf(misses),
                    (cpuNanos(fxThread) - fxCpuBefore) / 1_000_000,
                    gcMillis() - gcBefore,
                    (System.nanoTime() - wallBefore) / 1_000_000);
        } finally {
            app.close();
        }
    }

    private static String selectedId(ListView<Object> library) {
        Object row = library.getSelectionModel().getSelectedItem();
        return row == null ? "" : ((io.characterstudio.ui.library.LibraryItem) row).id();
    }

    /**
     * Fires {@code count} presses of {@code key} at the repeat rate; answers how many the selection
     * followed (it moved down, or it was on the last row already); each press it did not follow is
     * described in {@code misses} (key, its number, selected and focused index before and after, rows).
     */
    private static int press(ListView<Object> library, KeyCode key, int count, List<String> misses) throws Exception {
        AtomicInteger fired = new AtomicInteger();
        AtomicInteger followed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        ScheduledExecutorService repeat = Executors.newSingleThreadScheduledExecutor();
        try {
            repeat.scheduleAtFixedRate(
                    () -> {
                        if (fired.getAndIncrement() < count) {
                            Platform.runLater(() -> {
                                int before = library.getSelectionModel().getSelectedIndex();
                                int focusBefore = library.getFocusModel().getFocusedIndex();
                                int rowsBefore = library.getItems().size();
                                Event.fireEvent(
                                        library,
                                        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                                Event.fireEvent(
                                        library,
                                        new KeyEvent(KeyEvent.KEY_RELEASED, "", "", key, false, false, false, false));
                                int after = library.getSelectionModel().getSelectedIndex();
                                if (after > before
                                        || before == library.getItems().size() - 1) {
                                    followed.incrementAndGet();
                                } else {
                                    misses.add(key + " #" + (count - done.getCount() + 1) + ": selected " + before
                                            + "->"
                                            + after + ", focused " + focusBefore + "->"
                                            + library.getFocusModel().getFocusedIndex() + ", rows " + rowsBefore + "->"
                                            + library.getItems().size() + ", focus owner "
                                            + (library.getScene().getFocusOwner() == library
                                                    ? "library"
                                                    : String.valueOf(
                                                            library.getScene().getFocusOwner())));
                                }
                                done.countDown();
                            });
                        }
                    },
                    0,
                    1000 / REPEAT_PER_SECOND,
                    TimeUnit.MILLISECONDS);
            if (!done.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the key presses were not delivered");
            }
        } finally {
            repeat.shutdownNow();
        }
        return followed.get();
    }

    /** The FX thread's ID (Monocle names it "Event Thread"). */
    private static long fxThreadId() throws Exception {
        CompletableFuture<Long> id = new CompletableFuture<>();
        Platform.runLater(() -> id.complete(Thread.currentThread().getId()));
        return id.get(1, TimeUnit.MINUTES);
    }

    private static long cpuNanos(long threadId) {
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(threadId);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0)
                .sum();
    }

    /** This process's resident memory (Linux), in MB. */
    private static double residentMb() {
        return BenchSuite.procKb(Path.of("/proc/self/status"), "VmRSS:") / 1024.0;
    }
}
