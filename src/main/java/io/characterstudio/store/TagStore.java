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

/**
 * Local tags of characters (Convai has none; "favourite" is the tag of the star), and the
 * extension data of imported cards that a re-export must carry.
 */
public final class TagStore {

    private final Connection connection;

    TagStore(Connection connection) {
        this.connection = connection;
    }

    /** Tags every one of {@code characterIds}, in one transaction: all of them or (on a failure) none. */
    public void add(String connectionId, Collection<String> characterIds, String tag) {
        eachInOneTransaction(
                characterIds,
                "INSERT OR IGNORE INTO tags (connection_id, character_id, tag)" + " VALUES (?, ?, ?)",
                connectionId,
                tag);
    }

    /** Untags every one of {@code characterIds}, in one transaction: all of them or (on a failure) none. */
    public void remove(String connectionId, Collection<String> characterIds, String tag) {
        eachInOneTransaction(
                characterIds,
                "DELETE FROM tags WHERE connection_id = ? AND character_id = ?" + " AND tag = ?",
                connectionId,
                tag);
    }

    private void eachInOneTransaction(Collection<String> characterIds, String sql, String connectionId, String tag) {
        Sql.inTransaction(connection, "The tags", () -> {
            for (String id : characterIds) {
                Sql.update(connection, "The tags", sql, connectionId, id, tag);
            }
        });
    }

    /** Keeps the unknown extension data (a JSON object) of an imported card; "{}" or null forgets it. */
    public void putExtensions(String connectionId, String characterId, String json) {
        if (json == null || json.isBlank() || json.strip().equals("{}")) {
            Sql.update(
                    connection,
                    "The card extensions",
                    "DELETE FROM card_extensions WHERE connection_id = ?" + " AND character_id = ?",
                    connectionId,
                    characterId);
        } else {
            Sql.update(
                    connection,
                    "The card extensions",
                    "INSERT OR REPLACE INTO card_extensions (connection_id," + " character_id, json) VALUES (?, ?, ?)",
                    connectionId,
                    characterId,
                    json);
        }
    }

    /** The kept extension data of a character, "{}" when there is none. */
    public String extensions(String connectionId, String characterId) {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT json FROM card_extensions WHERE connection_id = ? AND character_id = ?")) {
                ps.setString(1, connectionId);
                ps.setString(2, characterId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "{}";
                }
            } catch (SQLException e) {
                throw new WorkspaceException("The card extensions cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /** Every tagged character of a connection and its tags. */
    public Map<String, Set<String>> all(String connectionId) {
        synchronized (connection) {
            try (PreparedStatement ps =
                    connection.prepareStatement("SELECT character_id, tag FROM tags WHERE connection_id = ?")) {
                ps.setString(1, connectionId);
                Map<String, Set<String>> tags = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tags.computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                                .add(rs.getString(2));
                    }
                }
                return tags;
            } catch (SQLException e) {
                throw new WorkspaceException("The tags cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
