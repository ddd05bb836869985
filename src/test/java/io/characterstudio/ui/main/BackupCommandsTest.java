package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.BackupService;
import io.characterstudio.store.Workspace;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.common.StatusModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** File > Restore a backup…, with canned answers and a real workspace. */
class BackupCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private Workspace workspace;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final StatusModel status = new StatusModel();
    private BackupCommands commands;
    private final java.util.concurrent.atomic.AtomicInteger quits = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
        commands = new BackupCommands(
                new BackupService(workspace, Runnable::run),
                dialogs,
                dialogs,
                status,
                Runnable::run,
                quits::incrementAndGet);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private void add(String id, String name) {
        workspace
                .knownCharacters()
                .recordServerCopy(
                        "sandbox",
                        new ServerCharacter(
                                id,
                                new CharacterFields(name, "MALE", "b", List.of(), List.of("en-US")),
                                "2026-11-01T08:00:00",
                                "u"),
                        Origin.CREATED,
                        null);
    }

    @Test
    void theChosenBackupIsConfirmedStagedAndOpenedAfterARestart() {
        add("a", "Ann");
        BackupInfo chosen = workspace.backupNow();
        add("b", "Bob");
        dialogs.backupChoice = list -> Optional.of(list.get(0));
        dialogs.actionAnswers.add(true); // Restore at next start
        dialogs.actionAnswers.add(true); // Quit now

        assertThat(commands.restore().join()).isTrue();

        assertThat(dialogs.backupsOffered).singleElement().isEqualTo(List.of(chosen));
        assertThat(dialogs.actionsAsked).hasSize(2);
        assertThat(dialogs.actionsAsked.get(0))
                .isEqualTo(BackupCommands.TITLE + ": Restore the backup taken "
                        + io.characterstudio.ui.backup.BackupTexts.when(chosen) + ", which holds 1 character?\n\n"
                        + "Characters created after that backup leave the library, but they still exist on the server:"
                        + " Sync with account brings them back. The workspace as it is now is backed up first, so nothing"
                        + " is lost. The backup takes the workspace's place when Character Studio starts next: quit and"
                        + " start it again to finish. [Restore at next start|Cancel]")
                .doesNotContain("·");
        BackupInfo safetyCopy = workspace.backups().list().get(0);
        assertThat(dialogs.actionsAsked.get(1))
                .startsWith("Quit and start again to finish: The backup "
                        + chosen.file().getFileName())
                .contains(safetyCopy.file().getFileName().toString())
                .endsWith("[Quit now|Later]");
        assertThat(quits).hasValue(1);
        assertThat(status.lastResultProperty().get()).contains("Quit and start");
        assertThat(status.busyProperty().get()).isFalse();
        assertThat(workspace.restorePending()).isTrue();
        assertThat(workspace.backups().list())
                .hasSize(2)
                .first()
                .satisfies(safety -> assertThat(safety.characters()).isEqualTo(2));

        workspace.close();
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
        assertThat(workspace.knownCharacters().list("sandbox"))
                .extracting(KnownCharacter::id)
                .containsExactly("a");
        commands.tellAtStart(workspace.startNotice().stream().toList());
        assertThat(dialogs.notices)
                .last()
                .asString()
                .startsWith(
                        "About your workspace: The backup " + chosen.file().getFileName() + " you chose was restored.")
                .contains("-before-restore.db");
    }

    @Test
    void sayingNoToTheConfirmationRestoresNothing() {
        add("a", "Ann");
        workspace.backupNow();
        dialogs.backupChoice = list -> Optional.of(list.get(0));

        assertThat(commands.restore().join()).isFalse();

        assertThat(dialogs.actionsAsked).singleElement().asString().endsWith("[Restore at next start|Cancel]");
        assertThat(quits).hasValue(0);
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
    void aDamagedBackupIsOfferedAsDamagedAndRefusedInPlainWords() throws Exception {
        add("a", "Ann");
        BackupInfo chosen = workspace.backupNow();
        Files.writeString(chosen.file(), "not a database");
        dialogs.backupChoice = list -> Optional.of(list.get(0));
        dialogs.actionAnswers.add(true);

        assertThat(commands.restore().join()).isFalse();

        assertThat(dialogs.backupsOffered)
                .singleElement()
                .asList()
                .singleElement()
                .satisfies(b -> assertThat(((BackupInfo) b).sound()).isFalse());
        assertThat(io.characterstudio.ui.backup.BackupTexts.describe(
                        dialogs.backupsOffered.get(0).get(0)))
                .contains("damaged");
        assertThat(dialogs.actionsAsked).isEmpty();
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .contains("is damaged, so it cannot be restored")
                .doesNotContain("SQLITE");
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

    @Test
    void eachRowShowsTimeReasonCharactersAndSize() {
        add("a", "Ann");
        BackupInfo b = workspace.backupNow();

        assertThat(io.characterstudio.ui.backup.BackupTexts.describe(b))
                .isEqualTo(io.characterstudio.ui.backup.BackupTexts.when(b)
                        + " · first start of the day · 1 character · " + (b.sizeBytes() + 1023) / 1024 + " KB");
    }
}
