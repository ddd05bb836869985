package io.characterstudio.store;

import io.characterstudio.model.ConnectionInfo;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The user's connections (name, base URL, kind) and the links of characters copied between them. */
public final class ConnectionStore {

    private final Connection connection;
    private final Clock clock;

    ConnectionStore(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    public List<ConnectionInfo> list() {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement(
                            "SELECT id, name, base_url, sandbox FROM connections ORDER BY added_at, id");
                    ResultSet rs = ps.executeQuery()) {
                List<ConnectionInfo> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(new ConnectionInfo(
                            rs.getString(1), rs.getString(2), URI.create(rs.getString(3)), rs.getInt(4) != 0));
                }
                return all;
            } catch (SQLException e) {
                throw new WorkspaceException("The connections cannot be read: " + e.getMessage(), e);
            }
        }
    }

    public Optional<ConnectionInfo> find(String id) {
        return list().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Adds a connection, or changes the one with the same ID. */
    public void save(ConnectionInfo c) {
        update(
                "INSERT INTO connections (id, name, base_url, sandbox, added_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, base_url = excluded.base_url,"
                        + " sandbox = excluded.sandbox",
                c.id(),
                c.name(),
                c.baseUrl().toString(),
                c.sandbox() ? 1 : 0,
                clock.instant().toString());
    }

    public void remove(String id) {
        update("DELETE FROM connections WHERE id = ?", id);
    }

    /** Records that {@code toId} on {@code toConnection} was copied from {@code fromId}. */
    public void link(String fromConnection, String fromId, String toConnection, String toId) {
        update(
                "INSERT OR REPLACE INTO character_links (from_connection, from_id, to_connection, to_id, copied_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                fromConnection,
                fromId,
                toConnection,
                toId,
                clock.instant().toString());
    }

    /** Where the character came from, as "connection id/character id", if it was copied. */
    public Optional<String[]> copiedFrom(String toConnection, String toId) {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT from_connection, from_id FROM character_links WHERE to_connection = ? AND to_id = ?")) {
                ps.setString(1, toConnection);
                ps.setString(2, toId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new WorkspaceException("The links cannot be read: " + e.getMessage(), e);
            }
        }
    }

    private void update(String sql, Object... parameters) {
        Sql.update(connection, "The connections", sql, parameters);
    }
}
