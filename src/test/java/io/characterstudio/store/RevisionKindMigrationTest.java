package io.characterstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Schema 9 adds the kind of a revision without touching what schema 8 kept: old revisions read as saves. */
class RevisionKindMigrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void revisionsOfASchema8WorkspaceStaySavesAndDiscardedEditsAreAddedBesideThem() throws Exception {
        CharacterFields saved = new CharacterFields("Ann", "MALE", "Saved.", List.of(), List.of("en-US"));
        Files.createDirectories(dataDir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Workspace.DATABASE_FILE));
                Statement s = c.createStatement()) {
            for (List<String> step : Migrations.STEPS.subList(0, 8)) {
                for (String sql : step) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = 8");
            s.execute("INSERT INTO revisions (connection_id, character_id, fields, server_timestamp, saved_at)"
                    + " VALUES ('sandbox', 'id-1', '" + JSON.writeValueAsString(saved) + "', 't1',"
                    + " '2026-11-26T10:00:00Z')");
        }
        try (Workspace w = Workspace.open(dataDir, JSON, Clock.systemUTC())) {
            w.revisions()
                    .addDiscarded(
                            "sandbox",
                            "id-1",
                            new CharacterFields("Ann", "MALE", "Discarded.", List.of(), List.of("en-US")));
            assertThat(w.revisions().list("sandbox", "id-1"))
                    .extracting(Revision::kind, r -> r.fields().backstory())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Revision.Kind.DISCARDED, "Discarded."),
                            org.assertj.core.groups.Tuple.tuple(Revision.Kind.SAVED, "Saved."));
        }
    }
}
