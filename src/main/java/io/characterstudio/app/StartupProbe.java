package io.characterstudio.app;

import java.lang.management.ManagementFactory;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;

/**
 * For the benchmarks: with {@code -Dcharacterstudio.probe=true} the app prints one line when the
 * main window's first frame is laid out ({@code probe main-frame <ms since JVM start>}) and one
 * when the library first shows rows ({@code probe library <ms> <rows>}). Without the property it
 * does nothing.
 */
public final class StartupProbe {

    static final boolean ENABLED = Boolean.getBoolean("characterstudio.probe");

    private StartupProbe() {}

    /** Prints {@code probe <what> <ms>} now. */
    public static void mark(String what) {
        if (ENABLED) {
            print(what, "");
        }
    }

    /** Prints {@code probe <what> <ms>} after the next pulse of {@code scene}. */
    public static void afterNextPulse(Scene scene, String what) {
        if (!ENABLED) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            print(what, "");
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Prints {@code probe library <ms> <rows>} after the pulse that first shows rows. */
    static void whenFilled(Scene scene, ObservableList<?> rows) {
        if (!ENABLED) {
            return;
        }
        ListChangeListener<Object> first = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<?> c) {
                if (!rows.isEmpty()) {
                    rows.removeListener(this);
                    int n = rows.size();
                    Runnable[] listener = new Runnable[1];
                    listener[0] = () -> {
                        scene.removePostLayoutPulseListener(listener[0]);
                        print("library", " " + n);
                    };
                    scene.addPostLayoutPulseListener(listener[0]);
                }
            }
        };
        rows.addListener(first);
    }

    /**
     * Standard output on purpose, not the log: the benchmark reads these lines from the child
     * process's stdout, whatever logging is configured.
     */
    private static void print(String what, String extra) {
        long ms = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("probe " + what + " " + ms + extra);
        System.out.flush();
    }
}
