package io.characterstudio.ui.common;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs only the last of quick successive tasks, once no newer one came for a rest period: each
 * {@link #submit(Runnable)} cancels the task waiting before it. Used on the FX thread; the task
 * runs on the UI executor given to {@link #timer(Executor)} (or wherever a test's scheduler runs it).
 * A task that was already handed to the UI executor when a newer one came still does not run.
 */
public final class Debouncer {

    /** Runs a task after a delay; answers how to cancel it. Tests pass a scheduler they step by hand. */
    @FunctionalInterface
    public interface Scheduler {
        Runnable schedule(Runnable task, Duration delay);
    }

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "debounce-timer");
        t.setDaemon(true);
        return t;
    });

    private final Scheduler scheduler;
    private final Duration rest;
    private Runnable cancelPending = () -> {};
    private long latest;

    public Debouncer(Scheduler scheduler, Duration rest) {
        this.scheduler = scheduler;
        this.rest = rest;
    }

    /** A scheduler on one shared daemon timer thread that hands the due task to {@code ui}. */
    public static Scheduler timer(Executor ui) {
        return (task, delay) -> {
            ScheduledFuture<?> due = TIMER.schedule(() -> ui.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> due.cancel(false);
        };
    }

    /** Runs {@code task} after the rest period unless another task is submitted (or {@link #cancel()} called) first. */
    public void submit(Runnable task) {
        cancel();
        long mine = latest;
        cancelPending = scheduler.schedule(
                () -> {
                    if (mine == latest) {
                        task.run();
                    }
                },
                rest);
    }

    /** Drops the waiting task, if any. */
    public void cancel() {
        latest++;
        cancelPending.run();
        cancelPending = () -> {};
    }
}
