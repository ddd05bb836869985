package io.characterstudio.service;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiException;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.model.Language;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.ValidationProblem;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.store.KnownCharacterStore;
import io.characterstudio.store.RevisionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The async operations the editor calls, for one connection. Each runs the blocking client on
 * the executor the composition root owns and keeps the known-characters list in step: create,
 * clone, get and find add or refresh an entry; delete marks it deleted; "not found" marks it
 * missing. Failures complete the future with the {@link ConvaiException} (or
 * {@link InvalidCharacterException}) itself.
 */
public final class CharacterService {

    private static final Logger LOG = LoggerFactory.getLogger(CharacterService.class);

    private final String connectionId;
    private final ConvaiClient client;
    private final KnownCharacterStore known;
    private final Executor executor;
    private final RevisionStore revisions;
    private final io.characterstudio.store.TagStore tagStore;
    private final AtomicReference<CompletableFuture<List<VoiceOption>>> voices = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<List<Language>>> languages = new AtomicReference<>();

    public CharacterService(String connectionId, ConvaiClient client, KnownCharacterStore known, Executor executor) {
        this(connectionId, client, known, null, executor);
    }

    /** With {@code revisions}, every successful create and save is kept in the history. */
    public CharacterService(String connectionId, ConvaiClient client, KnownCharacterStore known,
                            RevisionStore revisions, Executor executor) {
        this(connectionId, client, known, revisions, null, executor);
    }

    /** With {@code tags}, characters can carry local tags. */
    public CharacterService(String connectionId, ConvaiClient client, KnownCharacterStore known,
                            RevisionStore revisions, io.characterstudio.store.TagStore tags, Executor executor) {
        this.tagStore = tags;
        this.revisions = revisions;
        this.connectionId = connectionId;
        this.client = client;
        this.known = known;
        this.executor = executor;
    }

    public String connectionId() {
        return connectionId;
    }

    ConvaiClient client() {
        return client;
    }

    KnownCharacterStore known() {
        return known;
    }

    Executor executor() {
        return executor;
    }

    io.characterstudio.store.TagStore tagStore() {
        return tagStore;
    }

    /** The known characters of this connection, read from the workspace. */
    public CompletableFuture<List<KnownCharacter>> knownCharacters() {
        return CompletableFuture.supplyAsync(() -> known.list(connectionId), executor);
    }

    /** One known character of this connection, read from the workspace (one row, not the list). */
    public CompletableFuture<java.util.Optional<KnownCharacter>> knownCharacter(String id) {
        return CompletableFuture.supplyAsync(() -> known.find(connectionId, id), executor);
    }

    /** Removes characters from this connection's library (the workspace only: the server is not asked). */
    public CompletableFuture<Void> forget(java.util.Collection<String> ids) {
        List<String> copy = List.copyOf(ids);
        return CompletableFuture.runAsync(() -> known.remove(connectionId, copy), executor);
    }

    /** The local tags of this connection's characters. */
    public CompletableFuture<java.util.Map<String, java.util.Set<String>>> tags() {
        return CompletableFuture.supplyAsync(() -> tagStore == null ? java.util.Map.of() : tagStore.all(connectionId),
                executor);
    }

    /** Adds ({@code on}) or removes a tag on characters of this connection. */
    public CompletableFuture<Void> tag(List<String> ids, String tag, boolean on) {
        return CompletableFuture.runAsync(() -> {
            if (tagStore == null) {
                throw new IllegalStateException("Tags are not kept for this service");
            }
            if (on) {
                tagStore.add(connectionId, ids, tag);
            } else {
                tagStore.remove(connectionId, ids, tag);
            }
        }, executor);
    }

    /** Creates a character, then sets its languages if they are not the default en-US. */
    public CompletableFuture<CreatedCharacter> create(CharacterFields fields) {
        return validated(fields).thenApplyAsync(valid -> {
            String id = client.create(valid);
            ServerCharacter local = new ServerCharacter(id, valid, "", "");
            known.recordServerCopy(connectionId, local, Origin.CREATED, null);
            ConvaiException languagesNotSet = null;
            if (!valid.languageCodes().equals(List.of("en-US"))) {
                try {
                    client.update(id, new CharacterUpdate(null, null, null, null, valid.languageCodes()), false);
                } catch (ConvaiException e) {
                    LOG.warn("Created {} but could not set its languages: {}", id, e.getMessage());
                    languagesNotSet = e;
                }
            }
            ServerCharacter created = fetchOr(id, local);
            known.recordServerCopy(connectionId, created, Origin.CREATED, null);
            remember(created);
            return new CreatedCharacter(created, Optional.ofNullable(languagesNotSet));
        }, executor);
    }

    /**
     * Saves an edit: first reads the server's copy and refuses with {@link ConflictException}
     * if it is no longer {@code serverCopy} (the copy the edit started from: someone changed it
     * elsewhere); then sends only the fields that differ and answers the server's new copy.
     * Nothing is sent when nothing changed.
     */
    public CompletableFuture<ServerCharacter> save(ServerCharacter serverCopy, CharacterFields edited, boolean retry) {
        CharacterUpdate changes = serverCopy.fields().changesTo(edited);
        if (changes.isEmpty()) {
            return CompletableFuture.completedFuture(serverCopy);
        }
        return validated(edited).thenApplyAsync(valid -> saveNow(serverCopy, edited, changes, retry), executor);
    }

    /** The blocking body of {@link #save}, for callers already off the FX thread (bulk saves). */
    ServerCharacter saveNow(ServerCharacter serverCopy, CharacterFields edited, boolean retry) {
        CharacterUpdate changes = serverCopy.fields().changesTo(edited);
        if (changes.isEmpty()) {
            return serverCopy;
        }
        try {
            validated(edited).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return saveNow(serverCopy, edited, changes, retry);
    }

    private ServerCharacter saveNow(ServerCharacter serverCopy, CharacterFields edited, CharacterUpdate changes,
                                    boolean retry) {
        ServerCharacter now = notFoundMarksMissing(serverCopy.id(), () -> client.get(serverCopy.id()));
        if (!now.fields().equals(serverCopy.fields())) {
            known.recordServerCopy(connectionId, now, Origin.OPENED_BY_ID, null);
            throw new ConflictException(serverCopy, now, edited);
        }
        notFoundMarksMissing(serverCopy.id(), () -> {
            client.update(serverCopy.id(), changes, retry);
            return null;
        });
        ServerCharacter saved = new ServerCharacter(serverCopy.id(), serverCopy.fields().with(changes),
                serverCopy.timestamp(), serverCopy.userId());
        known.recordServerCopy(connectionId, saved, Origin.OPENED_BY_ID, null);
        remember(saved);
        return saved;
    }

    /** Reads a character by ID (trimmed) and remembers it as opened. */
    public CompletableFuture<ServerCharacter> get(String id) {
        return CompletableFuture.supplyAsync(() -> {
            ServerCharacter c = notFoundMarksMissing(id.strip(), () -> client.get(id));
            known.recordServerCopy(connectionId, c, Origin.OPENED_BY_ID, null);
            known.markOpened(connectionId, c.id());
            return c;
        }, executor);
    }

    public CompletableFuture<ServerCharacter> findByName(String name) {
        return CompletableFuture.supplyAsync(() -> {
            ServerCharacter c = client.getByName(name);
            known.recordServerCopy(connectionId, c, Origin.FOUND_BY_NAME, null);
            known.markOpened(connectionId, c.id());
            return c;
        }, executor);
    }

    /** Clones a character; the copy is recorded with its lineage as soon as the server names it. */
    public CompletableFuture<ServerCharacter> cloneCharacter(String sourceId, boolean withKnowledgeBank) {
        return cloneCharacter(sourceId, withKnowledgeBank, null);
    }

    /**
     * Clones a character once (never retried) and, with a {@code newName}, renames the copy (a
     * rename is idempotent and may be retried; a copy whose rename failed keeps the source's name).
     */
    public CompletableFuture<ServerCharacter> cloneCharacter(String sourceId, boolean withKnowledgeBank,
                                                             String newName) {
        return cloneAndRename(sourceId, withKnowledgeBank, newName).thenApply(ClonedCopy::copy);
    }

    /**
     * As {@link #cloneCharacter(String, boolean, String)}, also telling whether the rename failed
     * (and why): the copy then exists under the source's name.
     */
    public CompletableFuture<ClonedCopy> cloneAndRename(String sourceId, boolean withKnowledgeBank, String newName) {
        return CompletableFuture.supplyAsync(() -> {
            String source = sourceId.strip();
            String copyId = notFoundMarksMissing(source, () -> client.cloneCharacter(source, withKnowledgeBank));
            CharacterFields sourceFields = known.find(connectionId, source)
                    .map(k -> new CharacterFields(k.name(), k.voiceType(), k.backstory().orElse(""), k.actions(),
                            k.languageCodes()))
                    .orElse(new CharacterFields("", "", "", List.of(), List.of()));
            ServerCharacter local = new ServerCharacter(copyId, sourceFields, "", "");
            known.recordServerCopy(connectionId, local, Origin.CLONED, source);
            RuntimeException renameFailed = null;
            if (newName != null && !newName.isBlank()) {
                try {
                    client.update(copyId, new CharacterUpdate(newName, null, null, null, null), true);
                } catch (RuntimeException e) {
                    LOG.warn("Cloned {} but could not rename it: {}", copyId, e.getMessage());
                    renameFailed = e;
                }
            }
            ServerCharacter copy = fetchOr(copyId, local);
            known.recordServerCopy(connectionId, copy, Origin.CLONED, source);
            return new ClonedCopy(copy, newName, Optional.ofNullable(renameFailed));
        }, executor);
    }

    public CompletableFuture<Void> delete(String id, boolean retry) {
        return CompletableFuture.runAsync(() -> {
            String trimmed = id.strip();
            notFoundMarksMissing(trimmed, () -> {
                client.delete(trimmed, retry);
                return null;
            });
            known.markStatus(connectionId, trimmed, Status.DELETED);
        }, executor);
    }

    /** The voice catalogue, fetched once per connection (a failed fetch is tried again next time). */
    public CompletableFuture<List<VoiceOption>> voices() {
        return cached(voices, client::voices);
    }

    public CompletableFuture<List<Language>> languages() {
        return cached(languages, client::languages);
    }

    /** Bulk work over many characters of this connection. */
    public CharacterBulk bulk() {
        return new CharacterBulk(this);
    }

    /**
     * Merges the account's character list into the known list: new characters are added (their
     * backstories are fetched when opened), renamed ones updated, and known ones no longer on
     * the account marked missing (never dropped).
     */
    public CompletableFuture<SyncSummary> syncWithAccount() {
        return CompletableFuture.supplyAsync(() -> {
            List<CharacterSummary> account = client.list();
            java.util.Map<String, KnownCharacter> before = new java.util.HashMap<>();
            known.list(connectionId).forEach(k -> before.put(k.id(), k));
            List<String> added = new java.util.ArrayList<>();
            List<String> renamed = new java.util.ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CharacterSummary s : account) {
                seen.add(s.id());
                KnownCharacter was = before.get(s.id());
                if (was == null) {
                    added.add(s.name());
                } else if (!was.name().equals(s.name())) {
                    renamed.add(was.name() + " \u2192 " + s.name());
                }
            }
            List<String> gone = new java.util.ArrayList<>();
            List<String> goneIds = new java.util.ArrayList<>();
            for (KnownCharacter k : before.values()) {
                if (!seen.contains(k.id()) && k.status() == Status.PRESENT) {
                    goneIds.add(k.id());
                    gone.add(k.name());
                }
            }
            // One transaction: a failure midway leaves the known list as it was before the sync.
            known.recordAccount(connectionId, account, goneIds);
            return new SyncSummary(account.size(), added, renamed, gone);
        }, executor);
    }

    /** The history of a character on this connection, the newest first. */
    public CompletableFuture<List<io.characterstudio.model.Revision>> history(String id) {
        return CompletableFuture.supplyAsync(() -> revisions == null ? List.of() : revisions.list(connectionId, id),
                executor);
    }

    /** The discarded edits of characters never created on this connection, the newest first. */
    public CompletableFuture<List<io.characterstudio.model.Revision>> discardedNewCharacters() {
        return CompletableFuture.supplyAsync(() -> revisions == null ? List.of()
                : revisions.listDiscardedNew(connectionId), executor);
    }

    /**
     * Keeps edits the user discarded in the history of {@code id} (a character ID, or the draft key
     * of a character never created), as a "discarded edits" entry; {@code discardedBy} names what
     * discarded them ("Revert", "Don't save", …).
     */
    public CompletableFuture<Void> keepDiscarded(String id, io.characterstudio.model.CharacterFields fields,
                                                 String discardedBy) {
        return CompletableFuture.runAsync(() -> {
            if (revisions != null) {
                revisions.addDiscarded(connectionId, id, fields, discardedBy);
            }
        }, executor);
    }

    /** Forgets the revisions older than {@code keepFrom}. */
    public CompletableFuture<Void> pruneHistory(String id, long keepFrom) {
        return CompletableFuture.runAsync(() -> {
            if (revisions != null) {
                revisions.pruneBefore(connectionId, id, keepFrom);
            }
        }, executor);
    }

    private void remember(ServerCharacter c) {
        if (revisions != null) {
            revisions.add(connectionId, c.id(), c.fields(), c.timestamp());
        }
    }

    private CompletableFuture<CharacterFields> validated(CharacterFields fields) {
        return languages().thenApply(catalogue -> {
            List<String> codes = catalogue.stream().map(Language::code).toList();
            List<ValidationProblem> problems = CharacterRules.check(fields, codes::contains);
            if (!problems.isEmpty()) {
                throw new InvalidCharacterException(problems);
            }
            return fields;
        });
    }

    ServerCharacter fetchOr(String id, ServerCharacter fallback) {
        try {
            return client.get(id);
        } catch (ConvaiException e) {
            LOG.warn("Could not read back {} ({}); keeping the local copy", id, e.getMessage());
            return fallback;
        }
    }

    <T> T notFoundMarksMissing(String id, Supplier<T> call) {
        try {
            return call.get();
        } catch (ConvaiException e) {
            if (e.kind() == ConvaiException.Kind.NOT_FOUND) {
                known.markStatus(connectionId, id, Status.MISSING);
            }
            throw e;
        }
    }

    private <T> CompletableFuture<T> cached(AtomicReference<CompletableFuture<T>> slot, Supplier<T> fetch) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> existing = slot.compareAndExchange(null, mine);
        if (existing != null) {
            return existing;
        }
        CompletableFuture.supplyAsync(fetch, executor).whenComplete((value, error) -> {
            if (error != null) {
                slot.compareAndSet(mine, null);
                mine.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            } else {
                mine.complete(value);
            }
        });
        return mine;
    }
}
