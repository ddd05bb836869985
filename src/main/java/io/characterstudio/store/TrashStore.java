package io.characterstudio.store;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.TrashEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The local trash of deleted characters. */
public final class TrashStore {

    private final Connection connection;
    private final JsonMapper mapper;

    TrashStore(Connection connection, JsonMapper mapper) {
        this.connection = connection;
        this.mapper = mapper;
    }

    public void add(TrashEntry e) {
        update(
                "INSERT INTO trash (entry_id, connection_id, character_id, fields, deleted_at, restored_as)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                e.entryId(),
                e.connectionId(),
                e.characterId(),
                mapper.writeValueAsString(e.fields()),
                e.deletedAt().toString(),
                e.restoredAs().orElse(null));
    }

    public void markRestored(String entryId, String newId) {
        update("UPDATE trash SET restored_as = ? WHERE entry_id = ?", newId, entryId);
    }

    public void remove(String entryId) {
        update("DELETE FROM trash WHERE entry_id = ?", entryId);
    }

    /** Forgets the given entries, all of them or (on a failure) none. */
    public void remove(Collection<String> entryIds) {
        Sql.inTransaction(connection, "The trash", () -> entryIds.forEach(this::remove));
    }

    public void empty(String connectionId) {
        update("DELETE FROM trash WHERE connection_id = ?", connectionId);
    }

    /** The trash of a connection, the most recently deleted first. */
    public List<TrashEntry> list(String connectionId) {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT entry_id, connection_id, character_id,"
                    + " fields, deleted_at, restored_as FROM trash WHERE connection_id = ? ORDER BY deleted_at DESC")) {
                ps.setString(1, connectionId);
                List<TrashEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new TrashEntry(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                mapper.readValue(rs.getString(4), CharacterFields.class),
                                Instant.parse(rs.getString(5)),
                                Optional.ofNullable(rs.getString(6))));
                    }
                }
                return entries;
            } catch (SQLException e) {
                throw new WorkspaceException("The trash cannot be read: " + e.getMessage(), e);
            }
        }
    }

    private void update(String sql, Object... parameters) {
        Sql.update(connection, "The trash", sql, parameters);
    }
}
