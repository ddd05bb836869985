package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
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
import java.util.function.BiFunction;
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
    public BulkRun<ServerCharacter> refreshMany(List<String> ids, int concurrency,
                                                Consumer<ItemResult<ServerCharacter>> onItem) {
        return refreshMany(ids, concurrency, executor, onItem);
    }

    /** The same, on {@code bulkExecutor} (the app's bulk pool, so that single opens are not queued behind it). */
    public BulkRun<ServerCharacter> refreshMany(List<String> ids, int concurrency, Executor bulkExecutor,
                                                Consumer<ItemResult<ServerCharacter>> onItem) {
        return BulkRun.start(ids, concurrency, bulkExecutor, id -> calls.read(id, Origin.OPENED_BY_ID), onItem);
    }

    /** The items of a bulk clone: the {@link CloneItem#key() keys} of copy 1 to {@code copies} of each source. */
    public static List<String> cloneItems(List<String> sourceIds, int copies) {
        return CloneItem.of(sourceIds, copies).stream().map(CloneItem::key).toList();
    }

    /** The source ID of a clone item's key. */
    public static String sourceOf(String item) {
        return CloneItem.parse(item).sourceId();
    }

    /** The copy number of a clone item's key. */
    public static int copyOf(String item) {
        return CloneItem.parse(item).copy();
    }

    /** The name a copy gets from a pattern such as "{name} v{n}" (empty pattern: the server's name). */
    public static String copyName(String pattern, String sourceName, int n) {
        return pattern == null || pattern.isBlank() ? sourceName
                : pattern.replace("{name}", sourceName).replace("{n}", Integer.toString(n));
    }

    /**
     * Makes the clones named by {@code items} ("sourceId#n"), at most {@code concurrency} at a
     * time on {@code bulkExecutor}, never retrying a clone. With a name pattern each copy is renamed
     * after it is made (a rename is idempotent, so it may be retried; a copy whose rename failed still
     * counts as made, keeping the source's name); every copy the server made is recorded with its
     * lineage before anything else can fail.
     */
    public BulkRun<ServerCharacter> cloneMany(List<String> items, boolean withKnowledgeBank, String namePattern,
                                              int concurrency, Executor bulkExecutor,
                                              Consumer<ItemResult<ServerCharacter>> onItem) {
        boolean renamed = namePattern != null && !namePattern.isBlank();
        return cloneMany(items, withKnowledgeBank, (item, sourceName) -> renamed
                ? copyName(namePattern, sourceName, copyOf(item)) : null, concurrency, bulkExecutor, onItem);
    }

    /**
     * Like {@link #cloneMany(List, boolean, String, int, Executor, Consumer)}, each copy renamed to
     * {@code names}' name for its item (the names a dry run showed); an item without one keeps the
     * source's name.
     */
    public BulkRun<ServerCharacter> cloneMany(List<String> items, boolean withKnowledgeBank, Map<String, String> names,
                                              int concurrency, Executor bulkExecutor,
                                              Consumer<ItemResult<ServerCharacter>> onItem) {
        Map<String, String> copy = Map.copyOf(names);
        return cloneMany(items, withKnowledgeBank, (item, sourceName) -> copy.get(item), concurrency, bulkExecutor,
                onItem);
    }

    private BulkRun<ServerCharacter> cloneMany(List<String> items, boolean withKnowledgeBank,
                                               BiFunction<String, String, String> wantedName,
                                               int concurrency, Executor bulkExecutor,
                                               Consumer<ItemResult<ServerCharacter>> onItem) {
        return BulkRun.start(items, concurrency, bulkExecutor, item -> {
            String source = sourceOf(item);
            Optional<KnownCharacter> sourceCopy = calls.find(source);
            String sourceName = sourceCopy.map(KnownCharacter::name).orElse("");
            ServerCharacter local = calls.cloneOnce(source, withKnowledgeBank,
                    new CharacterFields(sourceName, "", "", List.of(), List.of()));
            String wanted = wantedName.apply(item, sourceName);
            // A failed rename leaves the item done (a retry would make another copy); the
            // report tells the copy kept the source's name.
            String name = wanted != null && calls.rename(local.id(), wanted).isEmpty() ? wanted : sourceName;
            // A clone copies the source's fields: with the source's full copy known, the copy is
            // recorded from it (one request less per item); otherwise it is read back.
            ServerCharacter copy;
            if (sourceCopy.isPresent() && sourceCopy.get().backstory().isPresent()) {
                KnownCharacter k = sourceCopy.get();
                copy = new ServerCharacter(local.id(), new CharacterFields(name, k.voiceType(), k.backstory().get(),
                        k.actions(), k.languageCodes()), "", "");
            } else {
                copy = calls.fetchOr(local.id(), local);
            }
            calls.record(copy, Origin.CLONED, source);
            return copy;
        }, onItem);
    }

    /**
     * Saves journalled drafts of existing characters, each against the server copy it started
     * from: one changed elsewhere fails with {@link ConflictException} (open it to merge). Item IDs
     * are the characters' IDs; {@code onSaved} hears of each draft saved.
     */
    public BulkRun<ServerCharacter> saveDrafts(List<Draft> drafts, int concurrency, Executor bulkExecutor,
                                               Consumer<Draft> onSaved, Consumer<ItemResult<ServerCharacter>> onItem) {
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
