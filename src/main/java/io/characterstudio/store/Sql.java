package io.characterstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one way the workspace's stores run a write: one statement, under the connection's lock;
 * several statements that belong together run in one transaction ({@link #inTransaction}).
 */
final class Sql {

    private Sql() {}

    /** Work of several statements; may throw a {@link WorkspaceException} or an {@link SQLException}. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
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

    /**
     * Runs {@code work} in one transaction under the connection's lock: all of its writes are
     * kept, or (when it throws) none. Inside a transaction already open on this connection it
     * simply runs, as part of that one. Autocommit is restored afterwards.
     */
    static void inTransaction(Connection connection, String what, Work work) {
        synchronized (connection) {
            try {
                if (!connection.getAutoCommit()) {
                    work.run();
                    return;
                }
                connection.setAutoCommit(false);
                try {
                    work.run();
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new WorkspaceException(what + " cannot be saved: " + e.getMessage(), e);
            }
        }
    }
}
