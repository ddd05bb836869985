package io.characterstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.model.ServerCharacter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class WorkspaceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private static ServerCharacter ann(String backstory) {
        return new ServerCharacter(
                "id-1",
                new CharacterFields("Ann", "MALE", backstory, List.of("Wave"), List.of("en-US", "fr-FR")),
                "2026-11-01T08:00:00",
                "u1");
    }

    @Test
    void anEmptyFolderIsMigratedToTheLatestSchema() throws Exception {
        try (Workspace w = Workspace.open(dataDir, JSON, CLOCK)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latest());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Workspace.DATABASE_FILE));
                ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void reopeningKeepsEverythingAndDoesNotMigrateAgain() {
        try (Workspace w = Workspace.open(dataDir, JSON, CLOCK)) {
            w.knownCharacters().recordServerCopy("sandbox", ann("b"), Origin.CREATED, null);
        }
        try (Workspace w = Workspace.open(dataDir, JSON, CLOCK)) {
            assertThat(w.knownCharacters().list("sandbox"))
                    .extracting(KnownCharacter::id)
                    .containsExactly("id-1");
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedClearly() throws Exception {
        Files.createDirectories(dataDir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Workspace.DATABASE_FILE))) {
            c.createStatement().execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Workspace.open(dataDir, JSON, CLOCK))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer Character Studio");
    }

    @Test
    void aSecondOpenOfTheSameFolderSaysItIsInUse() {
        try (Workspace first = Workspace.open(dataDir, JSON, CLOCK)) {
            assertThatThrownBy(() -> Workspace.open(dataDir, JSON, CLOCK))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("already open")
                    .hasMessageContaining(dataDir.toString());
        }
        Workspace.open(dataDir, JSON, CLOCK).close();
    }

    @Test
    void serverCopiesAreAddedThenRefreshedKeepingOriginAndLineage() {
        try (Workspace w = Workspace.open(dataDir, JSON, CLOCK)) {
            KnownCharacterStore known = w.knownCharacters();
            known.recordServerCopy("sandbox", ann("first"), Origin.CLONED, "source-id");
            known.recordServerCopy("sandbox", ann("second"), Origin.OPENED_BY_ID, null);
            KnownCharacter k = known.find("sandbox", "id-1").orElseThrow();
            assertThat(k.backstory()).contains("second");
            assertThat(k.origin()).isEqualTo(Origin.CLONED);
            assertThat(k.clonedFrom()).contains("source-id");
            assertThat(k.languageCodes()).containsExactly("en-US", "fr-FR");
            assertThat(k.actions()).containsExactly("Wave");
            assertThat(k.serverTimestamp()).isEqualTo("2026-11-01T08:00:00");
            assertThat(k.addedAt()).isEqualTo(CLOCK.instant());
            assertThat(k.lastOpenedAt()).isEmpty();
            known.markOpened("sandbox", "id-1");
            assertThat(known.find("sandbox", "id-1").orElseThrow().lastOpenedAt())
                    .contains(CLOCK.instant());
            assertThat(known.find("other-connection", "id-1")).isEmpty();
        }
    }

    @Test
    void missingAndDeletedCharactersAreKeptWithTheirStatus() {
        try (Workspace w = Workspace.open(dataDir, JSON, CLOCK)) {
            KnownCharacterStore known = w.knownCharacters();
            known.recordServerCopy("sandbox", ann("b"), Origin.CREATED, null);
            known.markStatus("sandbox", "id-1", Status.MISSING);
            assertThat(known.find("sandbox", "id-1").orElseThrow().status()).isEqualTo(Status.MISSING);
            assertThat(known.find("sandbox", "id-1").orElseThrow().name()).isEqualTo("Ann");
            known.markStatus("sandbox", "id-1", Status.DELETED);
            assertThat(known.list("sandbox"))
                    .singleElement()
                    .extracting(KnownCharacter::status)
                    .isEqualTo(Status.DELETED);
            known.recordServerCopy("sandbox", ann("b"), Origin.OPENED_BY_ID, null);
            assertThat(known.find("sandbox", "id-1").orElseThrow().status()).isEqualTo(Status.PRESENT);
        }
    }

    @Test
    void anImportedSummaryKeepsAFetchedBackstory() {
        try (Workspace w = Workspace.open(dataDir, JSON, CLOCK)) {
            KnownCharacterStore known = w.knownCharacters();
            known.recordSummary(
                    "sandbox",
                    new CharacterSummary(
                            "id-2",
                            "Bo",
                            "MALE",
                            List.of("en-US"),
                            List.of(),
                            "2026-11-02T00:00:00",
                            "2026-11-02T00:00:00"));
            KnownCharacter imported = known.find("sandbox", "id-2").orElseThrow();
            assertThat(imported.origin()).isEqualTo(Origin.IMPORTED);
            assertThat(imported.backstory()).isEmpty();
            known.recordServerCopy("sandbox", ann("kept"), Origin.OPENED_BY_ID, null);
            known.recordSummary(
                    "sandbox",
                    new CharacterSummary(
                            "id-1", "Ann Renamed", "MALE", List.of("en-US"), List.of(), "2026-11-01T08:00:00", ""));
            KnownCharacter renamed = known.find("sandbox", "id-1").orElseThrow();
            assertThat(renamed.name()).isEqualTo("Ann Renamed");
            assertThat(renamed.backstory()).contains("kept");
        }
    }
}
