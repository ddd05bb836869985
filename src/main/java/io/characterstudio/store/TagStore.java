package io.characterstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Local tags of characters (Convai has none); "favourite" is the tag of the star. */
public final class TagStore {

    private final Connection connection;

    TagStore(Connection connection) {
        this.connection = connection;
    }

    public void add(String connectionId, Collection<String> characterIds, String tag) {
        for (String id : characterIds) {
            Sql.update(connection, "The tags", "INSERT OR IGNORE INTO tags (connection_id, character_id, tag)"
                    + " VALUES (?, ?, ?)", connectionId, id, tag);
        }
    }

    public void remove(String connectionId, Collection<String> characterIds, String tag) {
        for (String id : characterIds) {
            Sql.update(connection, "The tags", "DELETE FROM tags WHERE connection_id = ? AND character_id = ?"
                    + " AND tag = ?", connectionId, id, tag);
        }
    }

    /** Every tagged character of a connection and its tags. */
    public Map<String, Set<String>> all(String connectionId) {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT character_id, tag FROM tags WHERE connection_id = ?")) {
                ps.setString(1, connectionId);
                Map<String, Set<String>> tags = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tags.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                    }
                }
                return tags;
            } catch (SQLException e) {
                throw new WorkspaceException("The tags cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
