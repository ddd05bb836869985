package io.characterstudio.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Unsaved edits of one character, journalled so that a crash loses nothing.
 *
 * @param key         the character's ID, or "new-…" for a character not created yet
 * @param characterId the server ID, empty for a new character
 * @param fields      what the user typed
 * @param base        the server copy the edit started from, empty for a new character
 */
public record Draft(
        String connectionId,
        String key,
        Optional<String> characterId,
        CharacterFields fields,
        Optional<CharacterFields> base,
        Instant updatedAt) {

    public Draft {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fields, "fields");
    }

    /** The name to show: the typed one, else the server's, else "New character". */
    public String title() {
        if (!fields.name().isBlank()) {
            return fields.name();
        }
        return base.map(CharacterFields::name).filter(n -> !n.isBlank()).orElse("New character");
    }
}
