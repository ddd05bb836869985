package io.characterstudio.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace schema, versioned from the first release: migration N takes the database from
 * {@code user_version} N-1 to N in one transaction. Append new migrations; never edit old ones.
 */
final class Migrations {

    static final List<List<String>> STEPS = List.of(
            List.of("""
                    CREATE TABLE known_characters (
                      connection_id TEXT NOT NULL,
                      character_id TEXT NOT NULL,
                      name TEXT NOT NULL DEFAULT '',
                      voice_type TEXT NOT NULL DEFAULT '',
                      language_codes TEXT NOT NULL DEFAULT '[]',
                      actions TEXT NOT NULL DEFAULT '[]',
                      backstory TEXT,
                      server_timestamp TEXT NOT NULL DEFAULT '',
                      added_at TEXT NOT NULL,
                      last_opened_at TEXT,
                      origin TEXT NOT NULL,
                      cloned_from TEXT,
                      status TEXT NOT NULL DEFAULT 'PRESENT',
                      PRIMARY KEY (connection_id, character_id)
                    )""", "CREATE INDEX known_by_name ON known_characters (connection_id, name)"),
            List.of("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            List.of("""
                    CREATE TABLE connections (
                      id TEXT PRIMARY KEY,
                      name TEXT NOT NULL,
                      base_url TEXT NOT NULL,
                      sandbox INTEGER NOT NULL,
                      added_at TEXT NOT NULL
                    )""", """
                    CREATE TABLE character_links (
                      from_connection TEXT NOT NULL,
                      from_id TEXT NOT NULL,
                      to_connection TEXT NOT NULL,
                      to_id TEXT NOT NULL,
                      copied_at TEXT NOT NULL,
                      PRIMARY KEY (to_connection, to_id)
                    )"""),
            List.of("""
                    CREATE TABLE drafts (
                      connection_id TEXT NOT NULL,
                      draft_key TEXT NOT NULL,
                      character_id TEXT,
                      fields TEXT NOT NULL,
                      base TEXT,
                      updated_at TEXT NOT NULL,
                      PRIMARY KEY (connection_id, draft_key)
                    )"""),
            List.of("""
                    CREATE TABLE trash (
                      entry_id TEXT PRIMARY KEY,
                      connection_id TEXT NOT NULL,
                      character_id TEXT NOT NULL,
                      fields TEXT NOT NULL,
                      deleted_at TEXT NOT NULL,
                      restored_as TEXT
                    )"""),
            List.of("""
                    CREATE TABLE revisions (
                      revision_id INTEGER PRIMARY KEY AUTOINCREMENT,
                      connection_id TEXT NOT NULL,
                      character_id TEXT NOT NULL,
                      fields TEXT NOT NULL,
                      server_timestamp TEXT NOT NULL,
                      saved_at TEXT NOT NULL
                    )""", "CREATE INDEX revisions_by_character ON revisions (connection_id, character_id, revision_id)"),
            List.of("""
                    CREATE TABLE tags (
                      connection_id TEXT NOT NULL,
                      character_id TEXT NOT NULL,
                      tag TEXT NOT NULL,
                      PRIMARY KEY (connection_id, character_id, tag)
                    )"""),
            // 8: extension data of imported Character Card files that the app does not use,
            // kept so that a re-export carries it unchanged
            List.of("""
                    CREATE TABLE card_extensions (
                      connection_id TEXT NOT NULL,
                      character_id TEXT NOT NULL,
                      json TEXT NOT NULL,
                      PRIMARY KEY (connection_id, character_id)
                    )"""),
            // 9: a revision is a save or edits the user discarded (revert, "Don't save", a
            // discarded draft), kept so that they can be put back; old rows are saves
            List.of("ALTER TABLE revisions ADD COLUMN kind TEXT NOT NULL DEFAULT 'SAVED'"),
            // 10: when the server last sent a character's full copy (all five fields) to this
            // computer, so that an export from the workspace can say how fresh it is; old rows: NULL
            List.of("ALTER TABLE known_characters ADD COLUMN copied_at TEXT"),
            // 11: what discarded a "discarded edits" entry (Revert, Don't save, …), so that two
            // entries of one character can be told apart; old rows and saves: empty
            List.of("ALTER TABLE revisions ADD COLUMN discarded_by TEXT NOT NULL DEFAULT ''"));

    private Migrations() {}

    static int latest() {
        return STEPS.size();
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings the database up to date; refuses one written by a newer version of the app. True
     * when a migration was applied (the file changed).
     */
    static boolean apply(Connection c) throws SQLException {
        int version = version(c);
        if (version > latest()) {
            throw new SQLException("The workspace was written by a newer Character Studio (schema " + version + ")");
        }
        for (int next = version + 1; next <= latest(); next++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(next - 1)) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + next);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return version < latest();
    }
}
