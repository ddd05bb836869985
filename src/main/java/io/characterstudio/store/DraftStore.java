package io.characterstudio.store;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** Unsaved drafts, one per character and connection; each write is one atomic statement. */
public final class DraftStore {

    private final Connection connection;
    private final JsonMapper mapper;

    DraftStore(Connection connection, JsonMapper mapper) {
        this.connection = connection;
        this.mapper = mapper;
    }

    public void save(Draft d) {
        update(
                "INSERT INTO drafts (connection_id, draft_key, character_id, fields, base, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, draft_key) DO UPDATE SET"
                        + " character_id = excluded.character_id, fields = excluded.fields, base = excluded.base,"
                        + " updated_at = excluded.updated_at",
                d.connectionId(),
                d.key(),
                d.characterId().orElse(null),
                mapper.writeValueAsString(d.fields()),
                d.base().map(mapper::writeValueAsString).orElse(null),
                d.updatedAt().toString());
    }

    public void delete(String connectionId, String key) {
        update("DELETE FROM drafts WHERE connection_id = ? AND draft_key = ?", connectionId, key);
    }

    /** The drafts of a connection, the newest first. */
    public List<Draft> list(String connectionId) {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT connection_id, draft_key, character_id,"
                    + " fields, base, updated_at FROM drafts WHERE connection_id = ? ORDER BY updated_at DESC")) {
                ps.setString(1, connectionId);
                List<Draft> drafts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        drafts.add(new Draft(
                                rs.getString(1),
                                rs.getString(2),
                                Optional.ofNullable(rs.getString(3)),
                                mapper.readValue(rs.getString(4), CharacterFields.class),
                                Optional.ofNullable(rs.getString(5))
                                        .map(b -> mapper.readValue(b, CharacterFields.class)),
                                Instant.parse(rs.getString(6))));
                    }
                }
                return drafts;
            } catch (SQLException e) {
                throw new WorkspaceException("The drafts cannot be read: " + e.getMessage(), e);
            }
        }
    }

    private void update(String sql, Object... parameters) {
        Sql.update(connection, "The draft", sql, parameters);
    }
}
