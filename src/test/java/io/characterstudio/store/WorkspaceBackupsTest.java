package io.characterstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.ServerCharacter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class WorkspaceBackupsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    /** A clock the test moves, in Paris time, so that "a new day" is a local day. */
    static final class TestClock extends Clock {
        Instant now;
        final ZoneId zone = ZoneId.of("Europe/Paris");

        TestClock(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static void addCharacter(Workspace w, String id, String name) {
        w.knownCharacters()
                .recordServerCopy(
                        "sandbox",
                        new ServerCharacter(
                                id,
                                new CharacterFields(
                                        name,
                                        "MALE",
                                        "The backstory of " + name + ". ".repeat(200),
                                        List.of(),
                                        List.of("en-US")),
                                "2026-11-01T08:00:00",
                                "u"),
                        Origin.CREATED,
                        null);
    }

    @Test
    void aBackupIsAWholeSoundOwnerOnlyDatabaseEvenInAFolderWithSpaces() throws Exception {
        Path dataDir = tmp.resolve("my data folder");
        try (Workspace w = Workspace.open(dataDir, JSON, new TestClock("2026-11-29T08:12:00Z"))) {
            addCharacter(w, "a", "Ann");
            addCharacter(w, "b", "Bob");
            BackupInfo b = w.backupNow();

            assertThat(b.file().getParent()).isEqualTo(dataDir.resolve("backups"));
            assertThat(b.file().getFileName().toString()).isEqualTo("workspace-20261129-081200-000-daily.db");
            assertThat(IntegrityCheck.problem(b.file())).isEmpty();
            assertThat(b.characters()).isEqualTo(2);
            assertThat(b.sizeBytes()).isEqualTo(Files.size(b.file())).isPositive();
            assertThat(w.backups().list()).containsExactly(b);
            if (Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file())))
                        .isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(b.file().getParent())))
                        .isEqualTo("rwx------");
            }
            try (Stream<Path> files = Files.list(b.file().getParent())) {
                assertThat(files).containsExactly(b.file());
            }
        }
        // Opened on its own, the backup is the workspace as it was.
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(WorkspaceBackupsTest.newest(dataDir), copy.resolve(Workspace.DATABASE_FILE));
        try (Workspace w = Workspace.open(copy, JSON, Clock.systemUTC())) {
            assertThat(w.knownCharacters().list("sandbox")).hasSize(2);
            assertThat(w.knownCharacters()
                            .find("sandbox", "b")
                            .orElseThrow()
                            .backstory()
                            .orElseThrow())
                    .startsWith("The backstory of Bob.");
        }
    }

    static Path newest(Path dataDir) {
        return new WorkspaceBackups(dataDir, Clock.systemUTC()).list().get(0).file();
    }

    @Test
    void sixBackupsBecomeFiveAndTheNewestAreKept() {
        TestClock clock = new TestClock("2026-11-29T08:00:00Z");
        try (Workspace w = Workspace.open(tmp, JSON, clock)) {
            List<Instant> times = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                clock.now = clock.now.plus(Duration.ofHours(1));
                addCharacter(w, "c" + i, "Cy " + i);
                times.add(w.backupNow().takenAt());
            }
            assertThat(w.backups().list())
                    .extracting(BackupInfo::takenAt)
                    .containsExactly(times.get(5), times.get(4), times.get(3), times.get(2), times.get(1));
        }
    }

    @Test
    void closingTheWorkspaceBacksItUp() {
        try (Workspace w = Workspace.open(tmp, JSON, new TestClock("2026-11-29T08:00:00Z"))) {
            addCharacter(w, "a", "Ann");
            assertThat(w.backups().list()).isEmpty();
        }
        assertThat(new WorkspaceBackups(tmp, Clock.systemUTC()).list())
                .singleElement()
                .satisfies(b -> assertThat(b.characters()).isEqualTo(1));
    }

    @Test
    void aBackupIsDueOnTheFirstStartOfEachLocalDay() {
        // 22:30 UTC on the 28th is 23:30 in Paris; 23:30 UTC is already the 29th there.
        TestClock clock = new TestClock("2026-11-28T22:30:00Z");
        try (Workspace w = Workspace.open(tmp, JSON, clock)) {
            assertThat(w.backups().dueToday()).isTrue();
            w.backupNow();
            assertThat(w.backups().dueToday()).isFalse();
            clock.now = Instant.parse("2026-11-28T22:50:00Z");
            assertThat(w.backups().dueToday()).isFalse();
            clock.now = Instant.parse("2026-11-28T23:30:00Z");
            assertThat(w.backups().dueToday()).isTrue();
        }
    }

    @Test
    void aPathIsQuotedForTheBackupStatement() {
        assertThat(WorkspaceBackups.quoted(Path.of("/data/my folder/x.db"))).isEqualTo("\"/data/my folder/x.db\"");
        assertThat(WorkspaceBackups.quoted(Path.of("/data/say \"hi\"/x.db"))).isEqualTo("'/data/say \"hi\"/x.db'");
    }

    @Test
    void aDamagedWorkspaceIsNotBackedUpOverTheSoundBackups() throws Exception {
        TestClock clock = new TestClock("2026-11-29T08:00:00Z");
        try (Workspace w = Workspace.open(tmp, JSON, clock)) {
            for (int i = 0; i < 40; i++) {
                addCharacter(w, "a" + i, "Ann " + i);
            }
        }
        Path db = tmp.resolve(Workspace.DATABASE_FILE);
        WorkspaceRecoveryTest.damageTheCharactersTable(db);
        WorkspaceBackups backups = new WorkspaceBackups(tmp, clock);
        List<BackupInfo> before = backups.list();
        clock.now = clock.now.plusSeconds(60);

        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> backups.backup(c, BackupInfo.Reason.AT_CLOSE))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("earlier backups are kept");
        }

        assertThat(backups.list()).isEqualTo(before).hasSize(1);
        try (Stream<Path> files = Files.list(backups.folder())) {
            assertThat(files).containsExactly(before.get(0).file());
        }
    }

    @Test
    void anUnchangedWorkspaceIsNotBackedUpAgainAndTwoCopiesOfItAreByteIdentical() throws Exception {
        TestClock clock = new TestClock("2026-11-29T08:00:00Z");
        try (Workspace w = Workspace.open(tmp, JSON, clock)) {
            addCharacter(w, "a", "Ann");
        }
        Path first = newest(tmp);
        for (int i = 0; i < 3; i++) {
            clock.now = clock.now.plus(Duration.ofDays(1));
            try (Workspace w = Workspace.open(tmp, JSON, clock)) {
                // The daily backup of an unchanged workspace returns the newest one instead.
                assertThat(w.backupNow().file()).isEqualTo(first);
            }
        }
        assertThat(new WorkspaceBackups(tmp, clock).list())
                .extracting(BackupInfo::file)
                .containsExactly(first);

        // Two copies of the unchanged database have the same bytes (so comparing SHA-256 is sound).
        try (java.sql.Connection c =
                java.sql.DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("workspace.db"))) {
            WorkspaceBackups backups = new WorkspaceBackups(tmp, clock);
            Path a = backups.backup(c, BackupInfo.Reason.BEFORE_RESTORE).file();
            clock.now = clock.now.plusSeconds(1);
            Path b = backups.backup(c, BackupInfo.Reason.BEFORE_RESTORE).file();
            assertThat(a).isNotEqualTo(b);
            assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(first));
        }
        clock.now = clock.now.plus(Duration.ofDays(1));
        try (Workspace w = Workspace.open(tmp, JSON, clock)) {
            addCharacter(w, "b", "Bob");
            assertThat(w.backupNow().characters()).isEqualTo(2);
        }
    }

    @Test
    void copiesTakenBeforeARestoreOutliveTheFiveOrdinaryBackups() {
        TestClock clock = new TestClock("2026-11-29T08:00:00Z");
        try (Workspace w = Workspace.open(tmp, JSON, clock)) {
            addCharacter(w, "a", "Ann");
            BackupInfo chosen = w.backupNow();
            List<Path> safety = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                clock.now = clock.now.plusSeconds(60);
                addCharacter(w, "s" + i, "Sam " + i);
                safety.add(w.restoreOnNextStart(chosen).file());
            }
            for (int i = 0; i < 7; i++) {
                clock.now = clock.now.plusSeconds(60);
                addCharacter(w, "c" + i, "Cy " + i);
                w.backupNow();
            }
            List<BackupInfo> all = w.backups().list();
            assertThat(all)
                    .filteredOn(b -> b.reason() == BackupInfo.Reason.BEFORE_RESTORE)
                    .extracting(BackupInfo::file)
                    .containsExactly(safety.get(2), safety.get(1));
            assertThat(safety.get(2).getFileName().toString()).endsWith("-before-restore.db");
            assertThat(all)
                    .filteredOn(b -> b.reason() == BackupInfo.Reason.DAILY)
                    .hasSize(5);
        }
    }

    @Test
    void aDamagedBackupIsListedAsNotSound() throws Exception {
        try (Workspace w = Workspace.open(tmp, JSON, new TestClock("2026-11-29T08:00:00Z"))) {
            addCharacter(w, "a", "Ann");
            Files.writeString(w.backupNow().file(), "garbage");
            assertThat(w.backups().list()).singleElement().satisfies(b -> {
                assertThat(b.sound()).isFalse();
                assertThat(b.characters()).isEqualTo(-1);
            });
        }
    }
}
