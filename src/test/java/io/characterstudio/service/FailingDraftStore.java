package io.characterstudio.service;

import io.characterstudio.model.Draft;
import io.characterstudio.store.DraftStore;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A draft store whose first {@code refusals} saves throw; the saves after them reach the real store. */
public final class FailingDraftStore implements DraftJournal.Store {

    private final DraftJournal.Store real;
    private final AtomicInteger refusalsLeft;
    final AtomicInteger attempts = new AtomicInteger();
    /** Counted down by the first save that succeeds. */
    final CountDownLatch saved = new CountDownLatch(1);

    public FailingDraftStore(DraftStore real, int refusals) {
        this.real = DraftJournal.Store.of(real);
        this.refusalsLeft = new AtomicInteger(refusals);
    }

    @Override
    public void save(Draft draft) {
        attempts.incrementAndGet();
        if (refusalsLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("The disk is full (a test refuses this write)");
        }
        real.save(draft);
        saved.countDown();
    }

    @Override
    public void delete(String connectionId, String key) {
        real.delete(connectionId, key);
    }

    @Override
    public List<Draft> list(String connectionId) {
        return real.list(connectionId);
    }
}
