package io.characterstudio.service;

import io.characterstudio.model.Draft;
import io.characterstudio.store.DraftStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Journals unsaved edits to the workspace, debounced: a burst of typing becomes one write,
 * {@code delay} after the last change, on a single writer so that writes and discards keep their
 * order. Nothing here runs on the caller's thread.
 */
public final class DraftJournal {

    /** Runs a task after a delay (the app uses a scheduled executor; tests run it at once). */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DraftJournal.class);

    private final DraftStore store;
    private final Scheduler scheduler;
    private final Executor writer;
    private final Duration delay;
    private final Map<String, Draft> pending = new ConcurrentHashMap<>();

    public DraftJournal(DraftStore store, Scheduler scheduler, Executor writer, Duration delay) {
        this.store = store;
        this.scheduler = scheduler;
        this.writer = writer;
        this.delay = delay;
    }

    /** Notes the newest state of a draft; it is written {@code delay} after the last change. */
    public void update(Draft draft) {
        String slot = slot(draft.connectionId(), draft.key());
        if (pending.put(slot, draft) == null) {
            scheduler.schedule(() -> writer.execute(() -> flush(slot)), delay);
        }
    }

    /** Drops a draft (saved, reverted or discarded by the user). */
    public void discard(String connectionId, String key) {
        pending.remove(slot(connectionId, key));
        writer.execute(() -> store.delete(connectionId, key));
    }

    /** The drafts of a connection, including those noted but not written yet. */
    public CompletableFuture<List<Draft>> list(String connectionId) {
        CompletableFuture<List<Draft>> result = new CompletableFuture<>();
        writer.execute(() -> {
            try {
                Map<String, Draft> byKey = new java.util.LinkedHashMap<>();
                store.list(connectionId).forEach(d -> byKey.put(d.key(), d));
                pending.values().stream().filter(d -> d.connectionId().equals(connectionId))
                        .forEach(d -> byKey.put(d.key(), d));
                result.complete(List.copyOf(byKey.values()));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Writes every pending draft now (at exit). */
    public void flushAll() {
        pending.keySet().forEach(this::flush);
    }

    private void flush(String slot) {
        Draft latest = pending.remove(slot);
        if (latest == null) {
            return;
        }
        try {
            store.save(latest);
        } catch (RuntimeException e) {
            LOG.error("A draft could not be journalled; it stays in memory and is tried again", e);
            pending.putIfAbsent(slot, latest);
        }
    }

    private static String slot(String connectionId, String key) {
        return connectionId + "\u0000" + key;
    }
}
