package io.characterstudio.store;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Revision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of every character: one revision per successful create or save, and one per set of
 * edits the user discarded, kept until pruned.
 */
public final class RevisionStore {

    private final Connection connection;
    private final JsonMapper mapper;
    private final Clock clock;

    RevisionStore(Connection connection, JsonMapper mapper, Clock clock) {
        this.connection = connection;
        this.mapper = mapper;
        this.clock = clock;
    }

    public void add(String connectionId, String characterId, CharacterFields fields, String serverTimestamp) {
        insert(connectionId, characterId, fields, serverTimestamp, Revision.Kind.SAVED);
    }

    /** Keeps edits the user discarded (never saved, so without a server timestamp). */
    public void addDiscarded(String connectionId, String characterId, CharacterFields fields) {
        addDiscarded(connectionId, characterId, fields, "");
    }

    /** Keeps edits the user discarded, with what discarded them ("Revert", "Don't save", …). */
    public void addDiscarded(String connectionId, String characterId, CharacterFields fields, String discardedBy) {
        insert(connectionId, characterId, fields, "", Revision.Kind.DISCARDED, discardedBy);
    }

    private void insert(
            String connectionId,
            String characterId,
            CharacterFields fields,
            String serverTimestamp,
            Revision.Kind kind) {
        insert(connectionId, characterId, fields, serverTimestamp, kind, "");
    }

    private void insert(
            String connectionId,
            String characterId,
            CharacterFields fields,
            String serverTimestamp,
            Revision.Kind kind,
            String discardedBy) {
        Sql.update(
                connection,
                "The history",
                "INSERT INTO revisions (connection_id, character_id, fields,"
                        + " server_timestamp, saved_at, kind, discarded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                connectionId,
                characterId,
                mapper.writeValueAsString(fields),
                serverTimestamp,
                clock.instant().toString(),
                kind.name(),
                discardedBy);
    }

    /** The revisions of a character, the newest first. */
    public List<Revision> list(String connectionId, String characterId) {
        return query(connectionId, "character_id = ?", characterId);
    }

    /**
     * The discarded edits of characters never created (kept under a draft key "new-…"), the
     * newest first: a new character reverted or left with "Don't save", or its crash draft discarded.
     */
    public List<Revision> listDiscardedNew(String connectionId) {
        return query(connectionId, "character_id LIKE 'new-%' AND kind = ?", Revision.Kind.DISCARDED.name());
    }

    private List<Revision> query(String connectionId, String where, String value) {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT revision_id, fields, server_timestamp,"
                    + " saved_at, kind, character_id, discarded_by FROM revisions WHERE connection_id = ? AND " + where
                    + " ORDER BY revision_id DESC")) {
                ps.setString(1, connectionId);
                ps.setString(2, value);
                List<Revision> revisions = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        revisions.add(new Revision(
                                rs.getLong(1),
                                connectionId,
                                rs.getString(6),
                                mapper.readValue(rs.getString(2), CharacterFields.class),
                                rs.getString(3),
                                Instant.parse(rs.getString(4)),
                                Revision.Kind.valueOf(rs.getString(5)),
                                rs.getString(7)));
                    }
                }
                return revisions;
            } catch (SQLException e) {
                throw new WorkspaceException("The history cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Removes the revisions of a character older than {@code keepFrom} (that one stays): one
     * DELETE statement, so one transaction (all of them or, on a failure, none).
     */
    public void pruneBefore(String connectionId, String characterId, long keepFrom) {
        Sql.update(
                connection,
                "The history",
                "DELETE FROM revisions WHERE connection_id = ? AND character_id = ?" + " AND revision_id < ?",
                connectionId,
                characterId,
                keepFrom);
    }
}
