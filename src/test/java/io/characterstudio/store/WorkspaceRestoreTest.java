package io.characterstudio.store;

import static io.characterstudio.store.WorkspaceBackupsTest.JSON;
import static io.characterstudio.store.WorkspaceBackupsTest.addCharacter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.KnownCharacter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chosen backup replaces the workspace at the next start, after the current one is backed up. */
class WorkspaceRestoreTest {

    @TempDir
    Path dataDir;

    private final WorkspaceBackupsTest.TestClock clock = new WorkspaceBackupsTest.TestClock("2026-11-29T07:12:00Z");

    @Test
    void theChosenBackupIsOpenedAtTheNextStartAndNothingIsLost() {
        BackupInfo chosen;
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            addCharacter(w, "a", "Ann");
            chosen = w.backupNow();
            clock.now = clock.now.plusSeconds(60);
            addCharacter(w, "b", "Bob");

            BackupInfo safety = w.restoreOnNextStart(chosen);

            assertThat(safety.characters()).isEqualTo(2);
            assertThat(w.restorePending()).isTrue();
            // Until the restart, the open workspace is untouched.
            assertThat(w.knownCharacters().list("sandbox")).hasSize(2);
            clock.now = clock.now.plusSeconds(60);
            addCharacter(w, "c", "Cy");
        }
        clock.now = clock.now.plusSeconds(60);
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            assertThat(w.knownCharacters().list("sandbox"))
                    .extracting(KnownCharacter::id)
                    .containsExactly("a");
            assertThat(w.restorePending()).isFalse();
            // The notice names the backup restored and the safety copy of the workspace as it was.
            List<BackupInfo> listed = w.backups().list();
            BackupInfo atStart = listed.get(0);
            assertThat(atStart.reason()).isEqualTo(BackupInfo.Reason.BEFORE_RESTORE);
            assertThat(w.startNotice())
                    .hasValueSatisfying(n -> assertThat(n)
                            .isEqualTo("The backup "
                                    + chosen.file().getFileName()
                                    + " you chose was restored. The workspace as it was before is kept"
                                    + " as the backup " + atStart.file().getFileName() + " in "
                                    + w.backups().folder() + "."));
            // The newest backup holds everything written before the restore, Cy included.
            List<BackupInfo> all = w.backups().list();
            assertThat(all.get(0).characters()).isEqualTo(3);
            assertThat(all).extracting(BackupInfo::file).contains(chosen.file());
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingIsStaged() throws Exception {
        try (Workspace w = Workspace.open(dataDir, JSON, clock)) {
            addCharacter(w, "a", "Ann");
            BackupInfo chosen = w.backupNow();
            Files.writeString(chosen.file(), "garbage");

            assertThatThrownBy(() -> w.restoreOnNextStart(chosen))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessage("The backup " + chosen.file().getFileName() + " is damaged, so it cannot be restored."
                            + " Choose another backup.");
            assertThat(w.restorePending()).isFalse();
        }
    }
}
