package io.characterstudio.sandbox;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox server's worker threads. The JDK server hands a connection to a worker as soon
 * as its first byte arrives, and the worker then reads the request line and headers itself:
 * a client that sends them slowly holds a worker. So every exchange starts with its
 * {@link Deadline} armed for the headers ({@link RequestLimits#headerMillis()}); the handler
 * disarms it, and arms it again around the body and the answer. The pool has
 * {@link RequestLimits#workers()} threads, made on demand and dropped after 30 s idle, so slow
 * clients hold at most a few of them, each for a bounded time.
 */
final class DeadlineWorkers implements Executor {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final RequestLimits limits;

    DeadlineWorkers(RequestLimits limits) {
        this.limits = limits;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                limits.workers(),
                limits.workers(),
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                r -> daemon(r, "sandbox-http-" + count.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sandbox-deadlines"));
    }

    /** The deadline of the exchange on this thread, or {@link Deadline#NONE} off the pool. */
    static Deadline current() {
        Deadline deadline = CURRENT.get();
        return deadline == null ? Deadline.NONE : deadline;
    }

    @Override
    public void execute(Runnable exchange) {
        pool.execute(() -> {
            Deadline deadline = new Deadline(Thread.currentThread(), timer);
            CURRENT.set(deadline);
            deadline.arm(limits.headerMillis());
            try {
                exchange.run();
            } finally {
                deadline.finish();
                CURRENT.remove();
                Thread.interrupted();
            }
        });
    }

    /** Stops the workers, waiting up to {@code seconds} for them; false if some still run. */
    boolean shutdown(long seconds) throws InterruptedException {
        timer.shutdownNow();
        pool.shutdownNow();
        return pool.awaitTermination(seconds, TimeUnit.SECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
