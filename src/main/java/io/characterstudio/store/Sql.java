package io.characterstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The one way the workspace's stores run a write: one statement, under the connection's lock. */
final class Sql {

    private Sql() {
    }

    /** Runs {@code sql} with {@code parameters}; {@code what} names the data in the error message. */
    static void update(Connection connection, String what, String sql, Object... parameters) {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new WorkspaceException(what + " cannot be saved: " + e.getMessage(), e);
            }
        }
    }
}
