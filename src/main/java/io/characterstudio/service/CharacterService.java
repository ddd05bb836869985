package io.characterstudio.service;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiException;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.Language;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.store.KnownCharacterStore;
import io.characterstudio.store.RevisionStore;
import io.characterstudio.store.TagStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The async operations the editor calls, for one connection. Each runs the blocking client on
 * the executor the composition root owns and keeps the known-characters list in step: create,
 * clone, get and find add or refresh an entry; delete marks it deleted; "not found" marks it
 * missing; every successful create and save is kept in the history. Failures complete the future
 * with the {@link ConvaiException} (or {@link InvalidCharacterException}) itself. Sync, tags,
 * history and bulk work have classes of their own, reached from here.
 */
public final class CharacterService {

    private static final Logger LOG = LoggerFactory.getLogger(CharacterService.class);

    private final String connectionId;
    private final ConvaiClient client;
    private final KnownCharacterStore known;
    private final Executor executor;
    private final Catalogues catalogues;
    private final CharacterHistory history;
    private final CharacterTags tags;
    private final CharacterSync sync;
    private final CharacterCalls calls;

    public CharacterService(
            String connectionId,
            ConvaiClient client,
            KnownCharacterStore known,
            RevisionStore revisions,
            TagStore tags,
            Executor executor) {
        this.connectionId = connectionId;
        this.client = client;
        this.known = known;
        this.executor = executor;
        this.catalogues = new Catalogues(client, executor);
        this.history = new CharacterHistory(connectionId, revisions, executor);
        this.tags = new CharacterTags(connectionId, tags, executor);
        this.sync = new CharacterSync(connectionId, client, known, executor);
        this.calls = new CharacterCalls(connectionId, client, known, catalogues, history);
    }

    public String connectionId() {
        return connectionId;
    }

    /** The history of this connection's characters. */
    public CharacterHistory history() {
        return history;
    }

    /** The local tags of this connection's characters. */
    public CharacterTags tags() {
        return tags;
    }

    /** The merge of the account's character list into the known list. */
    public CharacterSync sync() {
        return sync;
    }

    /** Bulk work over many characters of this connection (by default on this service's executor). */
    public CharacterBulk bulk() {
        return new CharacterBulk(calls, executor);
    }

    /** The blocking calls, for import and export running on their own workers. */
    CharacterCalls calls() {
        return calls;
    }

    /** The known characters of this connection, read from the workspace. */
    public CompletableFuture<List<KnownCharacter>> knownCharacters() {
        return CompletableFuture.supplyAsync(() -> known.list(connectionId), executor);
    }

    /** One known character of this connection, read from the workspace (one row, not the list). */
    public CompletableFuture<Optional<KnownCharacter>> knownCharacter(String id) {
        return CompletableFuture.supplyAsync(() -> known.find(connectionId, id), executor);
    }

    /** Removes characters from this connection's library (the workspace only: the server is not asked). */
    public CompletableFuture<Void> forget(Collection<String> ids) {
        List<String> copy = List.copyOf(ids);
        return CompletableFuture.runAsync(() -> known.remove(connectionId, copy), executor);
    }

    /** Creates a character, then sets its languages if they are not the default en-US. */
    public CompletableFuture<CreatedCharacter> create(CharacterFields fields) {
        return catalogues
                .validated(fields)
                .thenApplyAsync(
                        valid -> {
                            String id = client.create(valid);
                            ServerCharacter local = new ServerCharacter(id, valid, "", "");
                            calls.record(local, Origin.CREATED, null);
                            ConvaiException languagesNotSet = null;
                            if (!valid.languageCodes().equals(List.of(Language.DEFAULT_CODE))) {
                                try {
                                    client.update(
                                            id,
                                            new CharacterUpdate(null, null, null, null, valid.languageCodes()),
                                            false);
                                } catch (ConvaiException e) {
                                    LOG.warn("Created {} but could not set its languages: {}", id, e.getMessage());
                                    languagesNotSet = e;
                                }
                            }
                            ServerCharacter created = calls.fetchOr(id, local);
                            calls.record(created, Origin.CREATED, null);
                            calls.remember(created);
                            return new CreatedCharacter(created, Optional.ofNullable(languagesNotSet));
                        },
                        executor);
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
        return catalogues
                .validated(edited)
                .thenApplyAsync(valid -> calls.saveValid(serverCopy, edited, changes, retry), executor);
    }

    /** Reads a character by ID (trimmed) and remembers it as opened. */
    public CompletableFuture<ServerCharacter> get(String id) {
        return CompletableFuture.supplyAsync(
                () -> {
                    ServerCharacter c = calls.read(id, Origin.OPENED_BY_ID);
                    known.markOpened(connectionId, c.id());
                    return c;
                },
                executor);
    }

    public CompletableFuture<ServerCharacter> findByName(String name) {
        return CompletableFuture.supplyAsync(
                () -> {
                    ServerCharacter c = client.getByName(name);
                    calls.record(c, Origin.FOUND_BY_NAME, null);
                    known.markOpened(connectionId, c.id());
                    return c;
                },
                executor);
    }

    /** Clones a character; the copy is recorded with its lineage as soon as the server names it. */
    public CompletableFuture<ServerCharacter> cloneCharacter(String sourceId, boolean withKnowledgeBank) {
        return cloneCharacter(sourceId, withKnowledgeBank, null);
    }

    /**
     * Clones a character once (never retried) and, with a {@code newName}, renames the copy (a
     * rename is idempotent and may be retried; a copy whose rename failed keeps the source's name).
     */
    public CompletableFuture<ServerCharacter> cloneCharacter(
            String sourceId, boolean withKnowledgeBank, @Nullable String newName) {
        return cloneAndRename(sourceId, withKnowledgeBank, newName).thenApply(ClonedCopy::copy);
    }

    /**
     * As {@link #cloneCharacter(String, boolean, String)}, also telling whether the rename failed
     * (and why): the copy then exists under the source's name.
     */
    public CompletableFuture<ClonedCopy> cloneAndRename(
            String sourceId, boolean withKnowledgeBank, @Nullable String newName) {
        return CompletableFuture.supplyAsync(
                () -> {
                    String source = sourceId.strip();
                    ServerCharacter local = calls.cloneOnce(source, withKnowledgeBank, calls.knownFields(source));
                    Optional<RuntimeException> renameFailed = newName != null && !newName.isBlank()
                            ? calls.rename(local.id(), newName)
                            : Optional.empty();
                    ServerCharacter copy = calls.fetchOr(local.id(), local);
                    calls.record(copy, Origin.CLONED, source);
                    return new ClonedCopy(copy, newName, renameFailed);
                },
                executor);
    }

    public CompletableFuture<Void> delete(String id, boolean retry) {
        return CompletableFuture.runAsync(
                () -> {
                    String trimmed = id.strip();
                    calls.notFoundMarksMissing(trimmed, () -> {
                        client.delete(trimmed, retry);
                        return null;
                    });
                    calls.markDeleted(trimmed);
                },
                executor);
    }

    /** The voice catalogue, fetched once per connection (a failed fetch is tried again next time). */
    public CompletableFuture<List<VoiceOption>> voices() {
        return catalogues.voices();
    }

    /** The language catalogue, fetched once per connection (a failed fetch is tried again next time). */
    public CompletableFuture<List<Language>> languages() {
        return catalogues.languages();
    }
}
