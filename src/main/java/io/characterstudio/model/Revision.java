package io.characterstudio.model;

import java.time.Instant;

/** A saved state of a character: all five fields as the server accepted them, and when. */
public record Revision(long id, String connectionId, String characterId, CharacterFields fields,
                       String serverTimestamp, Instant savedAt) {
}
