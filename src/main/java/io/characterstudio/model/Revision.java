package io.characterstudio.model;

import java.time.Instant;

/**
 * A kept state of a character, and when: either a save (all five fields as the server accepted
 * them) or edits the user discarded (reverted, "Don't save", a discarded draft), which never
 * reached the server and have no server timestamp. {@code discardedBy} names what discarded them
 * ("Revert", "Don't save", …; empty for a save, and for entries kept before it was recorded).
 */
public record Revision(
        long id,
        String connectionId,
        String characterId,
        CharacterFields fields,
        String serverTimestamp,
        Instant savedAt,
        Kind kind,
        String discardedBy) {

    /** Where a revision comes from. */
    public enum Kind {
        /** A successful create or save. */
        SAVED,
        /** Unsaved edits the user threw away, kept so that they can be put back. */
        DISCARDED
    }

    /** A saved revision. */
    public Revision(
            long id,
            String connectionId,
            String characterId,
            CharacterFields fields,
            String serverTimestamp,
            Instant savedAt) {
        this(id, connectionId, characterId, fields, serverTimestamp, savedAt, Kind.SAVED, "");
    }
}
