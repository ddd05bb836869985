package io.characterstudio.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A deleted character kept locally: its full last copy, where and when it was deleted, and, once
 * restored, the new ID it came back as (the API can only re-create, never undelete).
 */
public record TrashEntry(
        String entryId,
        String connectionId,
        String characterId,
        CharacterFields fields,
        Instant deletedAt,
        Optional<String> restoredAs) {

    public boolean restored() {
        return restoredAs.isPresent();
    }
}
