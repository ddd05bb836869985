package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.Draft;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.DraftJournal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps the editor's unsaved edits in the draft journal of the connection, under one key: the
 * character's ID, or {@code new-<uuid>} for a character not yet created. The editor calls
 * {@link #journal} after every change; nothing here decides whether the form is dirty.
 */
final class DraftAutosave {

    private final DraftJournal drafts;
    private final Supplier<ConnectionInfo> connection;
    private String key = newKey();

    DraftAutosave(DraftJournal drafts, Supplier<ConnectionInfo> connection) {
        this.drafts = drafts;
        this.connection = connection;
    }

    /** The key the edits are journalled under now. */
    String key() {
        return key;
    }

    /** From now on the edits are journalled under {@code key} (a character's ID, or a restored draft's key). */
    void follow(String key) {
        this.key = key;
    }

    /** From now on the edits are journalled under a fresh key for a new character. */
    void followNew() {
        key = newKey();
    }

    /** Journals {@code edited} as the draft over {@code base} (null for a character never created). */
    void keep(ServerCharacter base, CharacterFields edited) {
        drafts.update(new Draft(
                connection.get().id(),
                key,
                Optional.ofNullable(base).map(ServerCharacter::id),
                edited,
                Optional.ofNullable(base).map(ServerCharacter::fields),
                Instant.now()));
    }

    /** Forgets the journalled draft under the current key. */
    void discard() {
        drafts.discard(connection.get().id(), key);
    }

    /** A new character was created as {@code id}: its "new" draft goes, its edits follow the ID. */
    void created(String id) {
        discard();
        key = id;
    }

    private static String newKey() {
        return "new-" + UUID.randomUUID();
    }
}
