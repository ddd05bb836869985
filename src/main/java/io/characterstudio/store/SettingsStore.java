package io.characterstudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The app's own settings (window, theme, last character): small text values by key. */
public final class SettingsStore {

    private final Connection connection;

    SettingsStore(Connection connection) {
        this.connection = connection;
    }

    public Map<String, String> all() {
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT key, value FROM settings ORDER BY key");
                    ResultSet rs = ps.executeQuery()) {
                Map<String, String> values = new LinkedHashMap<>();
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
                return values;
            } catch (SQLException e) {
                throw new WorkspaceException("The settings could not be read: " + e.getMessage(), e);
            }
        }
    }

    /** Writes all values in one transaction. */
    public void putAll(Map<String, String> values) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                try (PreparedStatement ps =
                        connection.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        ps.setString(1, e.getKey());
                        ps.setString(2, e.getValue());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new WorkspaceException("The settings could not be saved: " + e.getMessage(), e);
            }
        }
    }
}
