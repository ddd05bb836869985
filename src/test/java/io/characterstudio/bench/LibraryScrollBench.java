package io.characterstudio.bench;

import io.characterstudio.testsupport.AppDriver;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Scrolls the real app's library from the first row to the last, a few rows a frame as a user's
 * wheel does, and prints the gaps between JavaFX pulses (median, p95, p99, max). Not part of the
 * normal test run (the name matches neither *Test nor *IT):
 * {@code mvn -o test-compile surefire:test -Dtest=LibraryScrollBench -Dcast=/tmp/cast}
 * on a folder made by {@link CastGenerator} (without -Dcast it makes a small one).
 */
class LibraryScrollBench {

    @Test
    void scrollTheWholeLibrary() throws Exception {
        Path dir = Path.of(System.getProperty("cast", "target/bench/cast-small"));
        if (!Files.exists(dir.resolve("workspace.db"))) {
            CastGenerator.generate(dir, 300, 100);
        }
        AppDriver app = new AppDriver(dir).launch();
        try {
            app.awaitMainWindow();
            ListView<?> library = app.robot.lookup("#library").queryAs(ListView.class);
            app.waitFor(() -> library.getItems().size() > 0);
            int rows = library.getItems().size();
            List<Long> gaps = new ArrayList<>();
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
                        done.countDown();
                    }
                }
            }.start());
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the scroll did not finish");
            }
            List<Long> sorted = gaps.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "scrolled %d rows in %d frames: frame gap median %.1f ms, p95 %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms%n", rows, gaps.size(), ms(sorted, 50), ms(sorted, 95),
                    ms(sorted, 99), ms(sorted, 100));
        } finally {
            app.close();
        }
    }

    private static double ms(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
