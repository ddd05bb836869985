package io.characterstudio.model;

import java.util.Objects;

/**
 * A character as the server last answered it: its ID, the five editable fields, and what the
 * server keeps on its own (creation timestamp, owner).
 *
 * @param timestamp creation time as the server sent it ({@code 2023-11-07T02:57:59}), or "" if unknown
 * @param userId    the owning account, or "" if unknown
 */
public record ServerCharacter(String id, CharacterFields fields, String timestamp, String userId) {
    public ServerCharacter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fields, "fields");
        timestamp = timestamp == null ? "" : timestamp;
        userId = userId == null ? "" : userId;
    }

    public String name() {
        return fields.name();
    }
}
