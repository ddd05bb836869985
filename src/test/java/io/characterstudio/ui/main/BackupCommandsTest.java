package io.characterstudio.ui.main;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.BackupService;
import io.characterstudio.store.Workspace;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.common.StatusModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** File > Restore a backup…, with canned answers and a real workspace. */
class BackupCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;
    private Workspace workspace;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final StatusModel status = new StatusModel();
    private BackupCommands commands;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
        commands = new BackupCommands(new BackupService(workspace, Runnable::run), dialogs, status, Runnable::run);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private void add(String id, String name) {
        workspace.knownCharacters().recordServerCopy("sandbox", new ServerCharacter(id, new CharacterFields(name,
                "MALE", "b", List.of(), List.of("en-US")), "2026-11-01T08:00:00", "u"), Origin.CREATED, null);
    }

    @Test
    void theChosenBackupIsConfirmedStagedAndOpenedAfterARestart() {
        add("a", "Ann");
        BackupInfo chosen = workspace.backupNow();
        add("b", "Bob");
        dialogs.backupChoice = list -> Optional.of(list.get(0));
        dialogs.confirmAnswer = true;

        assertThat(commands.restore().join()).isTrue();

        assertThat(dialogs.backupsOffered).singleElement().isEqualTo(List.of(chosen));
        assertThat(dialogs.asked).contains("confirm:" + BackupCommands.TITLE);
        assertThat(dialogs.notices).singleElement().asString().startsWith("Restart to finish:");
        assertThat(status.lastResultProperty().get()).contains("Restart");
        assertThat(status.busyProperty().get()).isFalse();
        assertThat(workspace.restorePending()).isTrue();
        assertThat(workspace.backups().list()).hasSize(2).first()
                .satisfies(safety -> assertThat(safety.characters()).isEqualTo(2));

        workspace.close();
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
        assertThat(workspace.knownCharacters().list("sandbox")).extracting(KnownCharacter::id).containsExactly("a");
        commands.tellAtStart(workspace.startNotice().stream().toList());
        assertThat(dialogs.notices).last().asString().startsWith("About your workspace: The backup you chose was restored");
    }

    @Test
    void sayingNoToTheConfirmationRestoresNothing() {
        add("a", "Ann");
        workspace.backupNow();
        dialogs.backupChoice = list -> Optional.of(list.get(0));
        dialogs.confirmAnswer = false;

        assertThat(commands.restore().join()).isFalse();

        assertThat(workspace.restorePending()).isFalse();
        assertThat(workspace.backups().list()).hasSize(1);
        assertThat(status.lastResultProperty().get()).isEqualTo("Nothing restored.");
    }

    @Test
    void withoutBackupsTheUserIsToldAndNotAsked() {
        assertThat(commands.restore().join()).isFalse();

        assertThat(dialogs.backupsOffered).isEmpty();
        assertThat(dialogs.notices).singleElement().asString().contains("no backup yet");
    }

    @Test
    void aDamagedBackupIsRefusedWithAClearMessage() throws Exception {
        add("a", "Ann");
        BackupInfo chosen = workspace.backupNow();
        Files.writeString(chosen.file(), "not a database");
        dialogs.backupChoice = list -> Optional.of(list.get(0));
        dialogs.confirmAnswer = true;

        assertThat(commands.restore().join()).isFalse();

        assertThat(dialogs.errors).singleElement().asString().contains("Nothing was restored", "cannot be restored");
        assertThat(status.lastFailedProperty().get()).isTrue();
        assertThat(workspace.restorePending()).isFalse();
    }

    @Test
    void theDailyBackupIsTakenOncePerDay() {
        BackupService service = new BackupService(workspace, Runnable::run);

        assertThat(service.backUpIfDueToday().join()).isPresent();
        assertThat(service.backUpIfDueToday().join()).isEmpty();
        assertThat(workspace.backups().list()).hasSize(1);
    }
}
