package io.characterstudio.service;

import io.characterstudio.convai.ConvaiException;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.store.TrashStore;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Deletes through a local trash: the full character is saved before the delete call, and a
 * delete that fails leaves no trash entry for a character still on the server. Restore
 * re-creates the character (a new ID: the API cannot undelete) and records the new ID.
 */
public final class TrashService {

    /** What a restore cannot bring back, said to the user each time. */
    public static final String NOT_RESTORED =
            "The knowledge bank and the memory of the old character could not come back.";

    private final TrashStore trash;
    private final Executor executor;
    private final Clock clock;

    public TrashService(TrashStore trash, Executor executor, Clock clock) {
        this.trash = trash;
        this.executor = executor;
        this.clock = clock;
    }

    /** Reads the full copy, puts it in the trash, then deletes it on the server. */
    public CompletableFuture<TrashEntry> delete(CharacterService service, String id) {
        return service.get(id)
                .thenComposeAsync(
                        copy -> {
                            TrashEntry entry = new TrashEntry(
                                    UUID.randomUUID().toString(),
                                    service.connectionId(),
                                    copy.id(),
                                    copy.fields(),
                                    clock.instant(),
                                    Optional.empty());
                            trash.add(entry);
                            return service.delete(copy.id(), false).handle((v, failure) -> {
                                if (failure == null) {
                                    return entry;
                                }
                                Throwable cause = FailureMessages.unwrap(failure);
                                boolean gone = cause instanceof ConvaiException e
                                        && e.kind() == ConvaiException.Kind.NOT_FOUND;
                                if (!gone) {
                                    trash.remove(entry.entryId());
                                }
                                throw failure instanceof CompletionException c ? c : new CompletionException(cause);
                            });
                        },
                        executor);
    }

    /**
     * Deletes many characters through the trash, at most {@code concurrency} at a time on
     * {@code bulkExecutor} (a pool of its own, so that waiting workers never starve the calls
     * they wait for); one result per character; cancellable between characters.
     */
    public BulkRun<String, TrashEntry> deleteMany(
            CharacterService service,
            List<String> ids,
            int concurrency,
            Executor bulkExecutor,
            Consumer<ItemResult<String, TrashEntry>> onItem) {
        return BulkRun.start(
                ids,
                concurrency,
                bulkExecutor,
                id -> {
                    try {
                        return delete(service, id).join();
                    } catch (CompletionException e) {
                        Throwable cause = FailureMessages.unwrap(e);
                        throw cause instanceof RuntimeException r ? r : e;
                    }
                },
                onItem);
    }

    public CompletableFuture<List<TrashEntry>> list(String connectionId) {
        return CompletableFuture.supplyAsync(() -> trash.list(connectionId), executor);
    }

    /**
     * Re-creates the character on its connection; completes with the new copy. A deleted clone's
     * copy keeps its lineage ("cloned from …") when the workspace still knows the deleted row.
     */
    public CompletableFuture<ServerCharacter> restore(CharacterService service, TrashEntry entry) {
        return service.create(entry.fields())
                .thenApplyAsync(
                        created -> {
                            trash.markRestored(
                                    entry.entryId(), created.character().id());
                            service.calls()
                                    .find(entry.characterId())
                                    .flatMap(KnownCharacter::clonedFrom)
                                    .ifPresent(source -> service.calls()
                                            .recordLineage(created.character().id(), source));
                            return created.character();
                        },
                        executor);
    }

    /** Forgets the given trash entries for good (all or none); the server is not asked. */
    public CompletableFuture<Void> purge(Collection<String> entryIds) {
        List<String> ids = List.copyOf(entryIds);
        return CompletableFuture.runAsync(() -> trash.remove(ids), executor);
    }

    public CompletableFuture<Void> empty(String connectionId) {
        return CompletableFuture.runAsync(() -> trash.empty(connectionId), executor);
    }
}
