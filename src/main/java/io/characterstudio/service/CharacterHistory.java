package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Revision;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.store.RevisionStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The history of the characters of one connection: every create and save, and discarded edits. */
public final class CharacterHistory {

    private final String connectionId;
    private final RevisionStore revisions;
    private final Executor executor;

    CharacterHistory(String connectionId, RevisionStore revisions, Executor executor) {
        this.connectionId = connectionId;
        this.revisions = revisions;
        this.executor = executor;
    }

    /** The history of a character on this connection, the newest first. */
    public CompletableFuture<List<Revision>> of(String id) {
        return CompletableFuture.supplyAsync(() -> revisions.list(connectionId, id), executor);
    }

    /** The discarded edits of characters never created on this connection, the newest first. */
    public CompletableFuture<List<Revision>> discardedNewCharacters() {
        return CompletableFuture.supplyAsync(() -> revisions.listDiscardedNew(connectionId), executor);
    }

    /**
     * Keeps edits the user discarded in the history of {@code id} (a character ID, or the draft key
     * of a character never created), as a "discarded edits" entry; {@code discardedBy} names what
     * discarded them ("Revert", "Don't save", …).
     */
    public CompletableFuture<Void> keepDiscarded(String id, CharacterFields fields, String discardedBy) {
        return CompletableFuture.runAsync(
                () -> revisions.addDiscarded(connectionId, id, fields, discardedBy), executor);
    }

    /** Forgets the revisions of {@code id} older than {@code keepFrom}. */
    public CompletableFuture<Void> prune(String id, long keepFrom) {
        return CompletableFuture.runAsync(() -> revisions.pruneBefore(connectionId, id, keepFrom), executor);
    }

    /** Keeps the server's copy after a successful create or save (blocking). */
    void remember(ServerCharacter c) {
        revisions.add(connectionId, c.id(), c.fields(), c.timestamp());
    }
}
