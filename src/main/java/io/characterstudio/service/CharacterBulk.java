package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.model.Draft;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.ServerCharacter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Bulk work over many characters of one connection: refresh, clone, save drafts. Each item gets
 * its own result; creates and clones are never retried (a retried clone makes a duplicate), and
 * every ID the server returns is recorded at once, so a failed or cancelled run leaves no
 * half-known character.
 */
public final class CharacterBulk {

    private final CharacterCalls calls;
    private final Executor executor;

    CharacterBulk(CharacterCalls calls, Executor executor) {
        this.calls = calls;
        this.executor = executor;
    }

    /** Refreshes many characters from the server, at most {@code concurrency} at a time. */
    public BulkRun<String, ServerCharacter> refreshMany(
            List<String> ids, int concurrency, Consumer<ItemResult<String, ServerCharacter>> onItem) {
        return refreshMany(ids, concurrency, executor, onItem);
    }

    /** The same, on {@code bulkExecutor} (the app's bulk pool, so that single opens are not queued behind it). */
    public BulkRun<String, ServerCharacter> refreshMany(
            List<String> ids,
            int concurrency,
            Executor bulkExecutor,
            Consumer<ItemResult<String, ServerCharacter>> onItem) {
        return BulkRun.start(ids, concurrency, bulkExecutor, id -> calls.read(id, Origin.OPENED_BY_ID), onItem);
    }

    /** The name a copy gets from a pattern such as "{name} v{n}" (empty pattern: the server's name). */
    public static String copyName(String pattern, String sourceName, int n) {
        return pattern == null || pattern.isBlank()
                ? sourceName
                : pattern.replace("{name}", sourceName).replace("{n}", Integer.toString(n));
    }

    /**
     * Makes the copies {@code items}, at most {@code concurrency} at a time on {@code bulkExecutor},
     * never retrying a clone; each copy is renamed after it is made to {@code names}' name for its
     * item (the names a dry run showed; an item without one keeps the source's name). A rename is
     * idempotent, so it may be retried; a copy whose rename failed still counts as made, keeping
     * the source's name. Every copy the server made is recorded with its lineage before anything
     * else can fail.
     */
    public BulkRun<CloneItem, ServerCharacter> cloneMany(
            List<CloneItem> items,
            boolean withKnowledgeBank,
            Map<CloneItem, String> names,
            int concurrency,
            Executor bulkExecutor,
            Consumer<ItemResult<CloneItem, ServerCharacter>> onItem) {
        Map<CloneItem, String> wantedNames = Map.copyOf(names);
        return BulkRun.start(
                items,
                concurrency,
                bulkExecutor,
                item -> {
                    String source = item.sourceId();
                    Optional<KnownCharacter> sourceCopy = calls.find(source);
                    String sourceName = sourceCopy.map(KnownCharacter::name).orElse("");
                    ServerCharacter local = calls.cloneOnce(
                            source, withKnowledgeBank, new CharacterFields(sourceName, "", "", List.of(), List.of()));
                    String wanted = wantedNames.get(item);
                    // A failed rename leaves the item done (a retry would make another copy); the
                    // report tells the copy kept the source's name.
                    String name =
                            wanted != null && calls.rename(local.id(), wanted).isEmpty() ? wanted : sourceName;
                    // A clone copies the source's fields: with the source's full copy known, the copy is
                    // recorded from it (one request less per item); otherwise it is read back.
                    ServerCharacter copy;
                    if (sourceCopy.isPresent() && sourceCopy.get().backstory().isPresent()) {
                        copy = new ServerCharacter(
                                local.id(),
                                sourceCopy.get().fields().with(new CharacterUpdate(name, null, null, null, null)),
                                "",
                                "");
                    } else {
                        copy = calls.fetchOr(local.id(), local);
                    }
                    calls.record(copy, Origin.CLONED, source);
                    return copy;
                },
                onItem);
    }

    /**
     * Saves journalled drafts of existing characters, each against the server copy it started
     * from: one changed elsewhere fails with {@link ConflictException} (open it to merge). Item IDs
     * are the characters' IDs; {@code onSaved} hears of each draft saved.
     */
    public BulkRun<String, ServerCharacter> saveDrafts(
            List<Draft> drafts,
            int concurrency,
            Executor bulkExecutor,
            Consumer<Draft> onSaved,
            Consumer<ItemResult<String, ServerCharacter>> onItem) {
        Map<String, Draft> byId = new LinkedHashMap<>();
        for (Draft d : drafts) {
            d.characterId().ifPresent(id -> byId.put(id, d));
        }
        Function<String, ServerCharacter> task = id -> {
            Draft d = Objects.requireNonNull(byId.get(id));
            ServerCharacter base = new ServerCharacter(id, d.base().orElse(d.fields()), "", "");
            ServerCharacter saved = calls.save(base, d.fields(), false);
            onSaved.accept(d);
            return saved;
        };
        return BulkRun.start(List.copyOf(byId.keySet()), concurrency, bulkExecutor, task, onItem);
    }
}
