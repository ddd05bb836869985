package io.characterstudio.store;

import static io.characterstudio.store.WorkspaceBackupsTest.JSON;
import static io.characterstudio.store.WorkspaceBackupsTest.addCharacter;
import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.KnownCharacter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged workspace database, found at open, is moved aside and the newest backup is opened. */
class WorkspaceRecoveryTest {

    @TempDir
    Path dataDir;

    private final WorkspaceBackupsTest.TestClock clock = new WorkspaceBackupsTest.TestClock("2026-11-29T07:12:00Z");

    /** Ann is in the backup taken at exit; Bob was added afterwards, only to the database. */
    private Path workspaceWithBackupThenMore() {
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            for (int i = 0; i < 40; i++) {
                addCharacter(w, "a" + i, "Ann " + i);
            }
        }
        clock.now = clock.now.plusSeconds(60);
        Path backups = dataDir.resolve("backups");
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            addCharacter(w, "bob", "Bob");
            assertThat(w.startNotice()).isEmpty();
        }
        // Only the first backup stays: the one of the exit after Bob goes, as if it had not happened.
        for (BackupInfo b : new WorkspaceBackups(dataDir, clock).list().subList(0, 1)) {
            try {
                Files.delete(b.file());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(backups).isDirectory();
        return dataDir.resolve(Workspace.DATABASE_FILE);
    }

    @Test
    void garbageInTheHeaderMovesTheFileAsideAndOpensTheBackup() throws IOException {
        Path db = workspaceWithBackupThenMore();
        overwrite(db, 0, 100);
        byte[] damaged = Files.readAllBytes(db);

        assertRecovered(damaged);
    }

    @Test
    void garbageOverTheCharactersTablePageIsFoundAtOpen() throws Exception {
        Path db = workspaceWithBackupThenMore();
        damageTheCharactersTable(db);
        byte[] damaged = Files.readAllBytes(db);

        assertRecovered(damaged);
    }

    @Test
    void aFileTruncatedToNothingIsFoundAtOpen() throws IOException {
        Path db = workspaceWithBackupThenMore();
        try (FileChannel f = FileChannel.open(db, StandardOpenOption.WRITE)) {
            f.truncate(0);
        }

        assertRecovered(new byte[0]);
    }

    @Test
    void aTruncatedFileIsFoundAtOpen() throws IOException {
        Path db = workspaceWithBackupThenMore();
        try (FileChannel f = FileChannel.open(db, StandardOpenOption.WRITE)) {
            f.truncate(f.size() / 2 + 100);
        }
        byte[] damaged = Files.readAllBytes(db);

        assertRecovered(damaged);
    }

    @Test
    void withoutABackupAFreshWorkspaceIsOpenedAndTheUserIsToldSo() throws IOException {
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            addCharacter(w, "a", "Ann");
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(dataDir.resolve(Workspace.DATABASE_FILE), "this is not a database at all, just text");

        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            assertThat(w.knownCharacters().list("sandbox")).isEmpty();
            assertThat(w.startNotice())
                    .hasValueSatisfying(n -> assertThat(n)
                            .contains("damaged", "workspace.db.damaged-20261129-0812", "fresh, empty workspace"));
        }
        assertThat(dataDir.resolve("workspace.db.damaged-20261129-0812"))
                .content()
                .isEqualTo("this is not a database at all, just text");
    }

    @Test
    void aMissingDatabaseWithBackupsOpensTheNewestSoundBackupAndSaysSo() throws IOException {
        Path db = workspaceWithBackupThenMore();
        Files.delete(db);
        clock.now = clock.now.plusSeconds(3600);

        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            assertThat(w.knownCharacters().list("sandbox")).hasSize(40);
            assertThat(w.startNotice())
                    .hasValueSatisfying(n -> assertThat(n)
                            .startsWith(
                                    "The workspace database was missing; Character Studio opened the newest backup instead, taken"
                                            + " 29 Nov 2026, 08:12:00 (workspace-20261129-071200-000-at-close.db)"));
        }
    }

    @Test
    void aFirstStartWithoutBackupsIsSilent() {
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            assertThat(w.startNotice()).isEmpty();
        }
    }

    @Test
    void whenTheNewestBackupIsDamagedTooTheMessageNamesTheOneOpenedAndKeepsTheDamaged() throws IOException {
        Path db = workspaceWithBackupThenMore();
        clock.now = clock.now.plusSeconds(60);
        Path newer;
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            addCharacter(w, "cy", "Cy");
            newer = w.backupNow().file();
        }
        Files.writeString(newer, "garbage in the newest backup");
        overwrite(db, 0, 100);
        clock.now = clock.now.plusSeconds(3600);

        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            assertThat(w.knownCharacters().list("sandbox")).hasSize(40);
            assertThat(w.startNotice())
                    .hasValueSatisfying(n -> assertThat(n)
                            .contains(
                                    "opened the backup taken 29 Nov 2026, 08:12:00 (workspace-20261129-071200-000-at-close.db)",
                                    "The newest backup was damaged too; it is kept")
                            .doesNotContain("opened the newest backup"));
        }
        assertThat(newer).content().isEqualTo("garbage in the newest backup");
    }

    private void assertRecovered(byte[] damaged) throws IOException {
        clock.now = clock.now.plusSeconds(3600);
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            assertThat(w.knownCharacters().list("sandbox"))
                    .extracting(KnownCharacter::id)
                    .hasSize(40)
                    .contains("a0", "a39")
                    .doesNotContain("bob");
            Path aside = dataDir.resolve("workspace.db.damaged-20261129-0913");
            assertThat(w.startNotice())
                    .hasValueSatisfying(n -> assertThat(n)
                            .contains(
                                    "damaged",
                                    aside.toString(),
                                    "nothing was deleted",
                                    "newest backup",
                                    "29 Nov 2026, 08:12:00",
                                    "workspace-20261129-071200-000-at-close.db"));
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
            assertThat(dataDir.resolve("workspace.db.damaged-20261129-0913-wal"))
                    .doesNotExist();
        }
    }

    /**
     * Overwrites the header and cell pointers of the known_characters table's root page: damage
     * SQLite can see (it keeps no checksums of cell contents).
     */
    static void damageTheCharactersTable(Path db) throws Exception {
        long page;
        long pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            page = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'known_characters'")
                    .getLong(1);
            pageSize = s.executeQuery("PRAGMA page_size").getLong(1);
        }
        assertThat(page).isGreaterThan(1);
        overwrite(db, (page - 1) * pageSize, 200);
    }

    private static void overwrite(Path file, long at, int count) throws IOException {
        byte[] garbage = new byte[count];
        Arrays.fill(garbage, (byte) 0x5A);
        try (FileChannel f = FileChannel.open(file, StandardOpenOption.WRITE)) {
            f.write(ByteBuffer.wrap(garbage), at);
        }
    }
}
