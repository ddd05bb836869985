package io.characterstudio.store;

import static io.characterstudio.store.WorkspaceBackupsTest.JSON;
import static io.characterstudio.store.WorkspaceBackupsTest.addCharacter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening and closing a workspace that nothing changed since its last clean close reads it once
 * (a checksum), with no full integrity check and no backup copy; any change brings both back.
 */
class WorkspaceCleanCloseTest {

    @TempDir
    Path dataDir;

    private final WorkspaceBackupsTest.TestClock clock = new WorkspaceBackupsTest.TestClock("2026-11-29T07:12:00Z");

    private void castClosedCleanly() {
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            for (int i = 0; i < 30; i++) {
                addCharacter(w, "a" + i, "Ann " + i);
            }
        }
        clock.now = clock.now.plusSeconds(60);
    }

    @Test
    void reopeningAnUnchangedWorkspaceRunsNoFullCheckAndCopiesNothingAtClose() {
        castClosedCleanly();
        Workspace w = Workspace.open(dataDir, JSON, clock);
        assertThat(w.fullCheckAtOpen()).isFalse();
        assertThat(w.knownCharacters().list("sandbox")).hasSize(30);
        w.close();
        assertThat(w.backups().copiesMade()).isZero();
        assertThat(w.backups().list()).hasSize(1).allMatch(b -> b.characters() == 30 && b.sound());
        // and again: the record of the clean close survives a close that changed nothing
        try (Workspace again = Workspace.open(dataDir, JSON, clock)) {
            assertThat(again.fullCheckAtOpen()).isFalse();
        }
    }

    @Test
    void aWriteDuringTheSessionIsBackedUpAtCloseAndTheNextOpenStillSkipsTheCheck() {
        castClosedCleanly();
        Workspace w = Workspace.open(dataDir, JSON, clock);
        addCharacter(w, "bob", "Bob");
        w.close();
        assertThat(w.backups().copiesMade()).isEqualTo(1);
        assertThat(w.backups().list()).hasSize(2).first().matches(b -> b.characters() == 31);
        try (Workspace again = Workspace.open(dataDir, JSON, clock)) {
            assertThat(again.fullCheckAtOpen()).isFalse();
        }
    }

    @Test
    void aDatabaseChangedWhileClosedIsFullyCheckedEvenWithItsSizeAndTimeKept() throws IOException {
        castClosedCleanly();
        Path db = dataDir.resolve(Workspace.DATABASE_FILE);
        FileTime time = Files.getLastModifiedTime(db);
        try (FileChannel f = FileChannel.open(db, StandardOpenOption.WRITE)) {
            f.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4}), Files.size(db) / 2);
        }
        Files.setLastModifiedTime(db, time);
        Workspace w = Workspace.open(dataDir, JSON, clock);
        assertThat(w.fullCheckAtOpen()).isTrue();
        w.close();
        assertThat(w.backups().copiesMade()).isEqualTo(1);
    }

    @Test
    void withoutARecordOfACleanClose_AsAfterACrash_OpenChecksAndCloseBacksUp() throws IOException {
        castClosedCleanly();
        Files.delete(dataDir.resolve(Workspace.DATABASE_FILE + CleanClose.SUFFIX));
        Workspace w = Workspace.open(dataDir, JSON, clock);
        assertThat(w.fullCheckAtOpen()).isTrue();
        w.close();
        assertThat(w.backups().copiesMade()).isEqualTo(1);
    }

    @Test
    void aDeletedNewestBackupIsTakenAgainAtCloseEvenWithoutChanges() throws IOException {
        castClosedCleanly();
        Workspace w = Workspace.open(dataDir, JSON, clock);
        Files.delete(w.backups().list().get(0).file());
        w.close();
        assertThat(w.backups().copiesMade()).isEqualTo(1);
        assertThat(w.backups().list()).hasSize(1);
    }

    @Test
    void theWorkspaceSaysWhetherItsLastCloseWasClean() throws IOException {
        castClosedCleanly();
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            assertThat(w.lastCloseWasClean()).isTrue();
            addCharacter(w, "bob", "Bob");
        }
        Files.delete(dataDir.resolve(Workspace.DATABASE_FILE + CleanClose.SUFFIX)); // as a kill leaves it
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            assertThat(w.lastCloseWasClean()).isFalse();
        }
    }
}
