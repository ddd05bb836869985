package io.characterstudio.sandbox;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The I/O deadline of the exchange running on one worker thread. While armed, a deadline that
 * passes interrupts the thread; a thread blocked reading or writing the exchange's socket
 * channel is then freed at once, because an interrupt closes the channel. It is armed only
 * around socket I/O, never around the store's work.
 */
final class Deadline {

    /** A deadline that never passes, for an exchange run outside {@link DeadlineWorkers}. */
    static final Deadline NONE = new Deadline(null, null);

    private final Thread thread;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    private long generation;
    private boolean finished;
    private boolean expired;

    Deadline(Thread thread, ScheduledExecutorService timer) {
        this.thread = thread;
        this.timer = timer;
    }

    /** Starts (or restarts) the clock: the thread is interrupted in {@code millis} unless disarmed. */
    synchronized void arm(long millis) {
        cancelPending();
        if (timer == null || finished) {
            return;
        }
        long armed = ++generation;
        try {
            pending = timer.schedule(() -> expire(armed), millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // The server is stopping (its timer is shut down): the exchange ends now, as if its time had run out.
            expired = true;
            thread.interrupt();
        }
    }

    /**
     * Stops the clock. Called on the worker thread itself: if the deadline has already passed,
     * the exchange is over, and this throws rather than let the interrupt reach later work.
     */
    void disarm() throws IOException {
        boolean passed;
        synchronized (this) {
            cancelPending();
            passed = expired;
        }
        if (passed) {
            Thread.interrupted();
            throw new IOException("The request deadline passed");
        }
    }

    /** The exchange is over: no interrupt may reach the thread after this. */
    synchronized void finish() {
        finished = true;
        cancelPending();
    }

    private synchronized void expire(long armed) {
        if (!finished && armed == generation) {
            expired = true;
            thread.interrupt();
        }
    }

    private void cancelPending() {
        generation++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
