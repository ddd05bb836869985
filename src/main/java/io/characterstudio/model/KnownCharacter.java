package io.characterstudio.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A character the app remembers (the API has no search, so the app keeps its own list): the
 * last copy the server gave, how it got here, and whether it is still on the server.
 *
 * @param backstory    empty until fetched (an account import lists characters without it)
 * @param lastOpenedAt empty until the user opens it
 * @param clonedFrom   the source's ID for a clone
 */
public record KnownCharacter(
        String connectionId,
        String id,
        String name,
        String voiceType,
        List<String> languageCodes,
        List<String> actions,
        Optional<String> backstory,
        String serverTimestamp,
        Instant addedAt,
        Optional<Instant> lastOpenedAt,
        Origin origin,
        Optional<String> clonedFrom,
        Status status) {

    /** How a character came to be known. */
    public enum Origin {
        CREATED,
        CLONED,
        OPENED_BY_ID,
        FOUND_BY_NAME,
        IMPORTED
    }

    /** Whether the server still has it, as far as the app last saw. */
    public enum Status {
        PRESENT,
        MISSING,
        DELETED
    }

    public KnownCharacter {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(id, "id");
        languageCodes = List.copyOf(languageCodes);
        actions = List.copyOf(actions);
    }

    /** The five fields of the last copy the server gave; the backstory is "" while it is not fetched. */
    public CharacterFields fields() {
        return new CharacterFields(name, voiceType, backstory.orElse(""), actions, languageCodes);
    }
}
