package io.characterstudio.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's characters in SQLite: a file (WAL mode, survives restarts and kills) or memory
 * (for tests). One connection serves every request; a lock serialises them, so concurrent
 * requests can neither lose nor duplicate a character, and each write is one transaction.
 */
final class CharacterStore implements AutoCloseable {

    private static final int SCHEMA_VERSION = 1;
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
    private static final String COLUMNS = "id, name, voice_type, backstory, language_codes, actions, emotions,"
            + " created, last_interacted, cloned_from, kb_copied";

    private final Connection connection;
    private final JsonMapper mapper;
    private final Object lock = new Object();

    private CharacterStore(Connection connection, JsonMapper mapper) {
        this.connection = connection;
        this.mapper = mapper;
    }

    static CharacterStore open(Path databaseFile, JsonMapper mapper) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=5000");
        }
        return init(c, mapper);
    }

    static CharacterStore inMemory(JsonMapper mapper) throws SQLException {
        return init(DriverManager.getConnection("jdbc:sqlite::memory:"), mapper);
    }

    private static CharacterStore init(Connection c, JsonMapper mapper) throws SQLException {
        try {
            migrate(c);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new CharacterStore(c, mapper);
    }

    private static void migrate(Connection c) throws SQLException {
        int version;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > SCHEMA_VERSION) {
            throw new SQLException("The sandbox database was written by a newer version (schema " + version + ")");
        }
        if (version < 1) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                s.execute("CREATE TABLE characters ("
                        + " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " id TEXT NOT NULL UNIQUE,"
                        + " name TEXT NOT NULL,"
                        + " voice_type TEXT NOT NULL,"
                        + " backstory TEXT NOT NULL,"
                        + " language_codes TEXT NOT NULL,"
                        + " actions TEXT NOT NULL,"
                        + " emotions TEXT NOT NULL,"
                        + " created TEXT NOT NULL,"
                        + " last_interacted TEXT NOT NULL,"
                        + " cloned_from TEXT,"
                        + " kb_copied INTEGER NOT NULL DEFAULT 0)");
                s.execute("CREATE INDEX characters_by_name ON characters (name, seq)");
                s.execute("PRAGMA user_version = 1");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    void insert(StoredCharacter character) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO characters (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, character);
                ps.executeUpdate();
            }
        }
    }

    Optional<StoredCharacter> find(String id) throws SQLException {
        return queryOne("SELECT " + COLUMNS + " FROM characters WHERE id = ?", id);
    }

    /** When several characters share the name, the most recently created one. */
    Optional<StoredCharacter> findLatestByName(String name) throws SQLException {
        return queryOne("SELECT " + COLUMNS + " FROM characters WHERE name = ? ORDER BY seq DESC LIMIT 1", name);
    }

    /** Every character, the most recently created first. */
    List<StoredCharacter> list() throws SQLException {
        synchronized (lock) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM characters ORDER BY seq DESC")) {
                List<StoredCharacter> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(read(rs));
                }
                return all;
            }
        }
    }

    int count() throws SQLException {
        synchronized (lock) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM characters")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Reads, changes and writes one character in one transaction; empty when there is none. */
    Optional<StoredCharacter> update(String id, UnaryOperator<StoredCharacter> change) throws SQLException {
        synchronized (lock) {
            return inTransaction(() -> {
                Optional<StoredCharacter> current = find(id);
                if (current.isEmpty()) {
                    return Optional.empty();
                }
                StoredCharacter changed = change.apply(current.get());
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE characters SET name = ?, voice_type = ?, backstory = ?, language_codes = ?,"
                                + " actions = ?, last_interacted = ? WHERE id = ?")) {
                    ps.setString(1, changed.name());
                    ps.setString(2, changed.voiceType());
                    ps.setString(3, changed.backstory());
                    ps.setString(4, toJson(changed.languageCodes()));
                    ps.setString(5, toJson(changed.actions()));
                    ps.setString(6, changed.lastInteractedWith());
                    ps.setString(7, id);
                    ps.executeUpdate();
                }
                return Optional.of(changed);
            });
        }
    }

    boolean delete(String id) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM characters WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() > 0;
            }
        }
    }

    Optional<String> meta(String key) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        }
    }

    void putMeta(String key, String value) throws SQLException {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        synchronized (lock) {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            prepared.clear();
            connection.close();
        }
    }

    /** Statements prepared once and reused (under the lock): a get is the sandbox's hottest path. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private Optional<StoredCharacter> queryOne(String sql, String parameter) throws SQLException {
        synchronized (lock) {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                prepared.put(sql, ps);
            }
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        boolean committed = false;
        try {
            T result = work.run();
            try (Statement s = connection.createStatement()) {
                s.execute("COMMIT");
            }
            committed = true;
            return result;
        } finally {
            if (!committed) {
                try (Statement s = connection.createStatement()) {
                    s.execute("ROLLBACK");
                }
            }
        }
    }

    private void bind(PreparedStatement ps, StoredCharacter c) throws SQLException {
        ps.setString(1, c.id());
        ps.setString(2, c.name());
        ps.setString(3, c.voiceType());
        ps.setString(4, c.backstory());
        ps.setString(5, toJson(c.languageCodes()));
        ps.setString(6, toJson(c.actions()));
        ps.setString(7, toJson(c.emotions()));
        ps.setString(8, c.timestamp());
        ps.setString(9, c.lastInteractedWith());
        ps.setString(10, c.clonedFrom());
        ps.setInt(11, c.knowledgeBankCopied() ? 1 : 0);
    }

    private StoredCharacter read(ResultSet rs) throws SQLException {
        return new StoredCharacter(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("voice_type"),
                text(rs, "backstory"),
                fromJson(rs.getString("language_codes")),
                fromJson(rs.getString("actions")),
                fromJson(rs.getString("emotions")),
                rs.getString("created"),
                rs.getString("last_interacted"),
                rs.getString("cloned_from"),
                rs.getInt("kb_copied") != 0);
    }

    /** A long text column, decoded here: the driver's getString is several times slower than getBytes. */
    private static String text(ResultSet rs, String column) throws SQLException {
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private String toJson(List<String> values) {
        return mapper.writeValueAsString(values);
    }

    private List<String> fromJson(String json) {
        return mapper.readValue(json, STRING_LIST);
    }
}
