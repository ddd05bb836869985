package io.characterstudio.service;

import io.characterstudio.model.Draft;
import io.characterstudio.store.DraftStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journals unsaved edits to the workspace, throttled: the first change of a burst schedules one
 * write {@code delay} later, and that write takes the newest text noted by then, so during steady
 * typing the journal is never more than about {@code delay} plus one write behind the newest
 * keystroke. A write that fails is tried again with backoff ({@link #FIRST_RETRY} doubling up to
 * {@link #LAST_RETRY}) until one succeeds, always with the newest text; an older text is never
 * written after a newer one. Writes and discards run on a single writer so they keep their order;
 * nothing here runs on the caller's thread except {@link #flushAll}.
 */
public final class DraftJournal {

    /** The first wait before a failed write is tried again; each further failure doubles it. */
    public static final Duration FIRST_RETRY = Duration.ofMillis(500);
    /** The longest wait between two tries of a failing write. */
    public static final Duration LAST_RETRY = Duration.ofSeconds(10);

    /** Runs a task after a delay (the app uses a scheduled executor; tests run it at once). */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    /** Where drafts are kept: the workspace's {@link DraftStore} in the app. */
    public interface Store {
        void save(Draft draft);

        void delete(String connectionId, String key);

        List<Draft> list(String connectionId);

        static Store of(DraftStore store) {
            return new Store() {
                @Override
                public void save(Draft draft) {
                    store.save(draft);
                }

                @Override
                public void delete(String connectionId, String key) {
                    store.delete(connectionId, key);
                }

                @Override
                public List<Draft> list(String connectionId) {
                    return store.list(connectionId);
                }
            };
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DraftJournal.class);

    private final Store store;
    private final Scheduler scheduler;
    private final Executor writer;
    private final Duration delay;
    // Guarded by this: the newest text not written yet, the text being written, the slots with a
    // write scheduled, and how many writes of a slot failed in a row.
    private final Map<String, Draft> pending = new HashMap<>();
    private final Map<String, Draft> writing = new HashMap<>();
    private final Set<String> scheduled = new HashSet<>();
    private final Map<String, Integer> failures = new HashMap<>();

    public DraftJournal(DraftStore store, Scheduler scheduler, Executor writer, Duration delay) {
        this(Store.of(store), scheduler, writer, delay);
    }

    public DraftJournal(Store store, Scheduler scheduler, Executor writer, Duration delay) {
        this.store = store;
        this.scheduler = scheduler;
        this.writer = writer;
        this.delay = delay;
    }

    /**
     * Notes the newest state of a draft. The first change after a write schedules the next one
     * {@code delay} later; further changes until then only replace the text it will write.
     */
    public void update(Draft draft) {
        String slot = slot(draft.connectionId(), draft.key());
        synchronized (this) {
            pending.put(slot, draft);
            if (!scheduled.add(slot)) {
                return;
            }
        }
        schedule(slot, delay);
    }

    /** Drops a draft (saved, reverted or discarded by the user); a write under way is not tried again. */
    public void discard(String connectionId, String key) {
        String slot = slot(connectionId, key);
        synchronized (this) {
            pending.remove(slot);
            writing.remove(slot);
            failures.remove(slot);
        }
        writer.execute(() -> store.delete(connectionId, key));
    }

    /** The drafts of a connection, including those noted but not written yet. */
    public CompletableFuture<List<Draft>> list(String connectionId) {
        CompletableFuture<List<Draft>> result = new CompletableFuture<>();
        writer.execute(() -> {
            try {
                Map<String, Draft> byKey = new LinkedHashMap<>();
                store.list(connectionId).forEach(d -> byKey.put(d.key(), d));
                synchronized (this) {
                    pending.values().stream()
                            .filter(d -> d.connectionId().equals(connectionId))
                            .forEach(d -> byKey.put(d.key(), d));
                }
                result.complete(List.copyOf(byKey.values()));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Whether the newest edits of this draft failed to be written and are held only in memory
     * (being tried again): leaving them is not safe, they are lost if the app ends.
     */
    public synchronized boolean failing(String connectionId, String key) {
        return failures.containsKey(slot(connectionId, key));
    }

    /** Whether any draft failed to be written and is held only in memory (being tried again). */
    public synchronized boolean anyFailing() {
        return !failures.isEmpty();
    }

    /** Writes every pending draft now, once each (at exit). */
    public void flushAll() {
        List<String> slots;
        synchronized (this) {
            slots = List.copyOf(pending.keySet());
        }
        slots.forEach(this::flush);
    }

    private void schedule(String slot, Duration after) {
        scheduler.schedule(() -> writer.execute(() -> flush(slot)), after);
    }

    private void flush(String slot) {
        Draft latest;
        synchronized (this) {
            scheduled.remove(slot);
            latest = pending.remove(slot);
            if (latest == null) {
                return;
            }
            writing.put(slot, latest);
        }
        try {
            store.save(latest);
            synchronized (this) {
                writing.remove(slot, latest);
                failures.remove(slot);
            }
        } catch (RuntimeException e) {
            retry(slot, latest, e);
        }
    }

    private void retry(String slot, Draft failed, RuntimeException cause) {
        Duration wait;
        synchronized (this) {
            if (writing.remove(slot, failed)) {
                pending.putIfAbsent(slot, failed);
            }
            if (!pending.containsKey(slot)) {
                return;
            }
            int failedInARow = failures.merge(slot, 1, Integer::sum); // noted even when a write is already scheduled
            if (!scheduled.add(slot)) {
                return;
            }
            wait = backoff(failedInARow);
        }
        LOG.error(
                "A draft could not be journalled; it stays in memory and is tried again in {} ms",
                wait.toMillis(),
                cause);
        schedule(slot, wait);
    }

    /** The wait after {@code failedInARow} failed writes: 0.5 s, 1 s, 2 s, … up to 10 s. */
    static Duration backoff(int failedInARow) {
        int doublings = Math.min(failedInARow - 1, 20);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait;
    }

    private static String slot(String connectionId, String key) {
        return connectionId + "\u0000" + key;
    }
}
