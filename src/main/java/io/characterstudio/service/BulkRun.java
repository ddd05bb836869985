package io.characterstudio.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task per item with at most {@code concurrency} at a time, on the given executor.
 * Each item gets its own result (one failure does not stop the rest); {@link #cancel()} lets
 * running items finish and skips the ones not started. Results keep the order of the items. An
 * item is whatever names the work ({@code I}): a character's ID, a {@link CloneItem}.
 */
public final class BulkRun<I, T> {

    private static final Logger LOG = LoggerFactory.getLogger(BulkRun.class);

    private final List<I> ids;
    private final AtomicReferenceArray<ItemResult<I, T>> results;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger finished = new AtomicInteger();
    private final CompletableFuture<List<ItemResult<I, T>>> completion = new CompletableFuture<>();

    private BulkRun(List<I> ids) {
        this.ids = List.copyOf(ids);
        this.results = new AtomicReferenceArray<>(ids.size());
    }

    static <I, T> BulkRun<I, T> start(
            List<I> ids, int concurrency, Executor executor, Function<I, T> task, Consumer<ItemResult<I, T>> onItem) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        BulkRun<I, T> run = new BulkRun<>(ids);
        if (ids.isEmpty()) {
            run.completion.complete(List.of());
            return run;
        }
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < ids.size(); i++) {
            queue.add(i);
        }
        AtomicInteger workersLeft = new AtomicInteger(Math.min(concurrency, ids.size()));
        for (int w = workersLeft.get(); w > 0; w--) {
            executor.execute(() -> {
                try {
                    run.work(queue, task, onItem);
                } finally {
                    if (workersLeft.decrementAndGet() == 0) {
                        run.finish();
                    }
                }
            });
        }
        return run;
    }

    private void work(ConcurrentLinkedQueue<Integer> queue, Function<I, T> task, Consumer<ItemResult<I, T>> onItem) {
        Integer index;
        while ((index = queue.poll()) != null) {
            I id = ids.get(index);
            ItemResult<I, T> result;
            if (cancelled.get()) {
                result = ItemResult.skipped(id);
            } else {
                try {
                    result = ItemResult.done(id, task.apply(id));
                } catch (RuntimeException e) {
                    result = ItemResult.failed(id, e);
                }
            }
            results.set(index, result);
            finished.incrementAndGet();
            try {
                onItem.accept(result);
            } catch (RuntimeException e) {
                LOG.warn("A bulk progress listener failed", e);
            }
        }
    }

    private void finish() {
        List<ItemResult<I, T>> all = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            ItemResult<I, T> r = results.get(i);
            all.add(r == null ? ItemResult.skipped(ids.get(i)) : r);
        }
        completion.complete(List.copyOf(all));
    }

    /** Completes with one result per item, in the items' order, when every item is done or skipped. */
    public CompletableFuture<List<ItemResult<I, T>>> results() {
        return completion;
    }

    /** Items not yet started are skipped; items running finish. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public int total() {
        return ids.size();
    }

    public int finished() {
        return finished.get();
    }
}
