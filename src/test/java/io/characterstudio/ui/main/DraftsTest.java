package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.editor.EditorDialogs.DraftChoice;
import io.characterstudio.ui.editor.EditorDialogs.LeaveChoice;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unsaved edits are journalled, kept through failures and restarts, and offered back. */
class DraftsTest {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = SandboxWorld.inMemory(Runnable::run);
        vm = restartedApp();
    }

    private MainViewModel restartedApp() {
        return Apps.started(world, dialogs);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private List<Draft> drafts() {
        return world.workspace.drafts().list("sandbox");
    }

    @Test
    void typingJournalsADraftAndSavingOrRevertingClearsIt() {
        String id = world.direct.create(ANN);
        vm.openWithoutAsking(new OpenRequest(id)).join();
        assertThat(drafts()).isEmpty();
        vm.editor().backstory().textProperty().set("Keeps the lighthouse. And the logbook.");
        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo(id);
            assertThat(d.characterId()).contains(id);
            assertThat(d.fields().backstory()).isEqualTo("Keeps the lighthouse. And the logbook.");
            assertThat(d.base()).contains(ANN);
        });
        vm.revert();
        assertThat(drafts()).isEmpty();
        vm.editor().nameProperty().set("Ann B.");
        assertThat(drafts()).hasSize(1);
        assertThat(vm.save().join()).isTrue();
        assertThat(drafts()).isEmpty();
    }

    @Test
    void aNewCharacterIsJournalledUntilItIsCreated() {
        vm.newCharacter();
        vm.editor().nameProperty().set("Cora");
        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.key()).startsWith("new-");
            assertThat(d.characterId()).isEmpty();
        });
        vm.editor().voice().voiceProperty().set("AriaNeural");
        vm.editor().backstory().textProperty().set("A new one.");
        assertThat(vm.save().join()).isTrue();
        assertThat(drafts()).isEmpty();
    }

    @Test
    void aFailedSaveKeepsTheDraftAndTheNextStartOffersItBack() {
        String id = world.direct.create(ANN);
        vm.openWithoutAsking(new OpenRequest(id)).join();
        vm.editor().backstory().textProperty().set("Words written while the server was down.");
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(vm.save().join()).isFalse();
        assertThat(drafts()).hasSize(1);
        world.sandbox.faults().clear();

        dialogs.draftChoice = DraftChoice.RESTORE;
        MainViewModel again = restartedApp();
        assertThat(dialogs.offeredDrafts)
                .singleElement()
                .extracting(Draft::title)
                .isEqualTo("Ann");
        assertThat(again.editor().snapshotProperty().get().id()).isEqualTo(id);
        assertThat(again.editor().backstory().textProperty().get())
                .isEqualTo("Words written while the server was down.");
        assertThat(again.editor().dirtyProperty().get()).isTrue();
        assertThat(again.save().join()).isTrue();
        assertThat(world.direct.get(id).fields().backstory()).isEqualTo("Words written while the server was down.");
        assertThat(drafts()).isEmpty();
    }

    @Test
    void aRestoredNewCharacterCanBeCreated() {
        vm.newCharacter();
        vm.editor().nameProperty().set("Dee");
        dialogs.draftChoice = DraftChoice.RESTORE;
        MainViewModel again = restartedApp();
        assertThat(again.editor().snapshotProperty().get()).isNull();
        assertThat(again.editor().nameProperty().get()).isEqualTo("Dee");
        again.editor().voice().voiceProperty().set("AriaNeural");
        again.editor().backstory().textProperty().set("Restored after a crash.");
        assertThat(again.save().join()).isTrue();
        assertThat(world.direct.getByName("Dee").fields().backstory()).isEqualTo("Restored after a crash.");
        assertThat(drafts()).isEmpty();
    }

    @Test
    void laterKeepsTheDraftAndDiscardDropsIt() {
        vm.newCharacter();
        vm.editor().nameProperty().set("Eve");
        dialogs.draftChoice = DraftChoice.LATER;
        restartedApp();
        assertThat(drafts()).hasSize(1);
        dialogs.draftChoice = DraftChoice.DISCARD;
        restartedApp();
        assertThat(drafts()).isEmpty();
        assertThat(dialogs.offeredDrafts).hasSize(2);
    }

    @Test
    void choosingDontSaveWhenLeavingDropsTheDraft() {
        String id = world.direct.create(ANN);
        vm.openWithoutAsking(new OpenRequest(id)).join();
        vm.editor().nameProperty().set("Changed");
        dialogs.leaveChoice = LeaveChoice.DISCARD;
        assertThat(vm.confirmLeave().join()).isTrue();
        assertThat(drafts()).isEmpty();
    }

    @Test
    void afterACleanCloseTheDraftIsNotAskedAboutAndOpensWithItsCharacter() {
        String id = world.direct.create(ANN);
        vm.openWithoutAsking(new OpenRequest(id)).join();
        vm.editor().backstory().textProperty().set("Left unsaved, then a clean quit.");
        assertThat(drafts()).hasSize(1);
        dialogs.draftChoice = DraftChoice.DISCARD; // would drop the draft if it were asked

        MainViewModel again = Apps.over(world, dialogs).build();
        again.start(true).join();
        assertThat(dialogs.offeredDrafts)
                .as("no start-up question after a clean close")
                .isEmpty();
        assertThat(drafts()).hasSize(1);
        // the character of last time reopens with its draft, as a switch back to a connection does
        assertThat(again.status().lastResultProperty().get()).contains("with your unsaved draft");
        assertThat(again.editor().backstory().textProperty().get()).isEqualTo("Left unsaved, then a clean quit.");
        assertThat(again.editor().dirtyProperty().get()).isTrue();
    }

    @Test
    void afterACrashOrAKillTheStartStillAsksAboutTheDraft() {
        vm.newCharacter();
        vm.editor().nameProperty().set("Fay");
        MainViewModel again = Apps.over(world, dialogs).build();
        again.start(false).join();
        assertThat(dialogs.offeredDrafts)
                .singleElement()
                .extracting(Draft::title)
                .isEqualTo("Fay");
    }
}
