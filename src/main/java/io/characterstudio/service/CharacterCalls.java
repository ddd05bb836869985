package io.characterstudio.service;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiException;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.store.KnownCharacterStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blocking calls of one connection, for workers already off the FX thread (the service's
 * futures, bulk runs, import and export): each keeps the known list in step with what the server
 * answered, and a "not found" marks the character missing.
 */
final class CharacterCalls {

    private static final Logger LOG = LoggerFactory.getLogger(CharacterCalls.class);

    private final String connectionId;
    private final ConvaiClient client;
    private final KnownCharacterStore known;
    private final Catalogues catalogues;
    private final CharacterHistory history;

    CharacterCalls(
            String connectionId,
            ConvaiClient client,
            KnownCharacterStore known,
            Catalogues catalogues,
            CharacterHistory history) {
        this.connectionId = connectionId;
        this.client = client;
        this.known = known;
        this.catalogues = catalogues;
        this.history = history;
    }

    /** The server's copy of a character, not recorded ("not found" still marks it missing). */
    ServerCharacter current(String id) {
        String trimmed = id.strip();
        return notFoundMarksMissing(trimmed, () -> client.get(trimmed));
    }

    /** Reads a character from the server and records it with {@code origin}. */
    ServerCharacter read(String id, Origin origin) {
        ServerCharacter c = current(id);
        record(c, origin, null);
        return c;
    }

    /** Records the server's copy of a character (with the ID it was cloned from, or null). */
    void record(ServerCharacter c, Origin origin, @Nullable String clonedFrom) {
        known.recordServerCopy(connectionId, c, origin, clonedFrom);
    }

    /** Records that {@code id} is a copy of {@code clonedFrom} (a restored clone keeps its lineage). */
    void recordLineage(String id, String clonedFrom) {
        known.recordLineage(connectionId, id, clonedFrom);
    }

    Optional<KnownCharacter> find(String id) {
        return known.find(connectionId, id);
    }

    /** The known fields of {@code id} (an unknown backstory is empty), or empty fields when it is not known. */
    CharacterFields knownFields(String id) {
        return find(id).map(KnownCharacter::fields).orElse(new CharacterFields("", "", "", List.of(), List.of()));
    }

    /** The known characters still on the account. */
    List<KnownCharacter> present() {
        return known.list(connectionId).stream()
                .filter(k -> k.status() == Status.PRESENT)
                .toList();
    }

    /** When each known character's fields were last copied from the server. */
    Map<String, Instant> copiedAt() {
        return known.copiedAt(connectionId);
    }

    /**
     * Saves {@code edited} over {@code serverCopy} (validated first): refuses with
     * {@link ConflictException} when the server's copy changed since; sends only what differs.
     */
    ServerCharacter save(ServerCharacter serverCopy, CharacterFields edited, boolean retry) {
        CharacterUpdate changes = serverCopy.fields().changesTo(edited);
        if (changes.isEmpty()) {
            return serverCopy;
        }
        catalogues.check(edited);
        return saveValid(serverCopy, edited, changes, retry);
    }

    /** The body of {@link #save} once the fields are known to be valid. */
    ServerCharacter saveValid(
            ServerCharacter serverCopy, CharacterFields edited, CharacterUpdate changes, boolean retry) {
        ServerCharacter now = current(serverCopy.id());
        if (!now.fields().equals(serverCopy.fields())) {
            record(now, Origin.OPENED_BY_ID, null);
            throw new ConflictException(serverCopy, now, edited);
        }
        notFoundMarksMissing(serverCopy.id(), () -> {
            client.update(serverCopy.id(), changes, retry);
            return null;
        });
        ServerCharacter saved = new ServerCharacter(
                serverCopy.id(), serverCopy.fields().with(changes), serverCopy.timestamp(), serverCopy.userId());
        record(saved, Origin.OPENED_BY_ID, null);
        history.remember(saved);
        return saved;
    }

    /** Keeps a created or saved copy in the history. */
    void remember(ServerCharacter c) {
        history.remember(c);
    }

    /**
     * Clones {@code source} once (never retried) and records the copy at once, with the source's
     * known fields, so a later failure leaves no unknown copy; returns the copy as recorded.
     */
    ServerCharacter cloneOnce(String source, boolean withKnowledgeBank, CharacterFields sourceFields) {
        String copyId = notFoundMarksMissing(source, () -> client.cloneCharacter(source, withKnowledgeBank));
        ServerCharacter local = new ServerCharacter(copyId, sourceFields, "", "");
        record(local, Origin.CLONED, source);
        return local;
    }

    /** Renames a copy (idempotent, so retried); the failure, if any, is logged and returned. */
    Optional<RuntimeException> rename(String copyId, String name) {
        try {
            client.update(copyId, new CharacterUpdate(name, null, null, null, null), true);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Cloned {} but could not rename it: {}", copyId, e.getMessage());
            return Optional.of(e);
        }
    }

    /** The server's copy of {@code id}, or {@code fallback} when it cannot be read (logged). */
    ServerCharacter fetchOr(String id, ServerCharacter fallback) {
        try {
            return client.get(id);
        } catch (ConvaiException e) {
            LOG.warn("Could not read back {} ({}); keeping the local copy", id, e.getMessage());
            return fallback;
        }
    }

    void markDeleted(String id) {
        known.markStatus(connectionId, id, Status.DELETED);
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
}
