package io.characterstudio.ui.main;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.service.FailingDraftStore;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.common.DialogService.LeaveChoice;
import io.characterstudio.ui.common.DialogService.OpenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leave guard: leaving a saved character keeps its edits as a journalled draft without a
 * question (row marked, has:draft lists it, reopening shows them); the question comes only for a
 * new character or for edits the journal failed to write, and quitting asks only then.
 */
class KeepAsDraftTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    /** The journal's scheduled writes, run when the test says (a failed write is scheduled again). */
    private final List<Runnable> writes = new ArrayList<>();
    private MainViewModel vm;
    private String ann;
    private String bo;

    /** A world whose journal refuses its first {@code refusals} writes. */
    private void start(int refusals) {
        world = new SandboxWorld(dataDir, Runnable::run);
        DraftJournal journal = new DraftJournal(new FailingDraftStore(world.workspace.drafts(), refusals),
                (task, delay) -> writes.add(task), Runnable::run, Duration.ZERO);
        vm = new MainViewModel(world.connections, world::serviceFor, journal, world.trash, world.transfer,
                world.settings, dialogs, text -> { }, Runnable::run, Runnable::run);
        vm.start().join();
        ann = world.direct.create(new CharacterFields("Ann", "FEMALE", "a", List.of(), List.of("en-US")));
        bo = world.direct.create(new CharacterFields("Bo", "MALE", "b", List.of(), List.of("en-US")));
        assertThat(vm.openWithoutAsking(new OpenRequest(bo)).join()).isTrue();
        assertThat(vm.openWithoutAsking(new OpenRequest(ann)).join()).isTrue();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private void runWrites() {
        List<Runnable> due = List.copyOf(writes);
        writes.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void leavingASavedCharacterKeepsItsEditsAsADraftWithoutAQuestion() {
        start(0);
        vm.editor().backstory().textProperty().set("Unsaved words.");

        assertThat(vm.openKnown(bo).join()).isTrue();

        assertThat(dialogs.asked).isEmpty();
        assertThat(vm.editor().snapshotProperty().get().id()).isEqualTo(bo);
        assertThat(vm.library().item(ann).orElseThrow().hasDraft()).as("row marked draft").isTrue();
        assertThat(world.direct.get(ann).fields().backstory()).as("nothing saved behind the user's back").isEqualTo("a");
        vm.library().filterProperty().set("has:draft");
        assertThat(vm.library().visible()).extracting(r -> r.id()).containsExactly(ann);

        assertThat(vm.openKnown(ann).join()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(vm.editor().backstory().textProperty().get()).as("reopening restores the draft")
                .isEqualTo("Unsaved words.");
        assertThat(vm.editor().dirtyProperty().get()).as("marked unsaved").isTrue();
    }

    @Test
    void quittingWithJournalledEditsDoesNotAsk() {
        start(0);
        vm.editor().backstory().textProperty().set("Unsaved words.");
        runWrites();
        assertThat(vm.confirmQuit().join()).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void editsTheJournalFailedToWriteAreAskedAboutWhenLeavingAndWhenQuitting() {
        start(1);
        vm.editor().backstory().textProperty().set("Unsaved words.");
        runWrites(); // fails; a retry is scheduled

        dialogs.leaveChoice = LeaveChoice.CANCEL;
        assertThat(vm.openKnown(bo).join()).isFalse();
        assertThat(vm.confirmQuit().join()).isFalse();
        assertThat(dialogs.asked).containsExactly("save-changes:Ann", "save-changes:Ann");
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Unsaved words.");

        runWrites(); // the retry succeeds: leaving is safe again
        assertThat(vm.openKnown(bo).join()).isTrue();
        assertThat(dialogs.asked).hasSize(2);
    }

    @Test
    void leavingANewCharacterTheServerDoesNotHaveStillAsks() {
        start(0);
        vm.newCharacter();
        vm.editor().nameProperty().set("Cy");
        dialogs.leaveChoice = LeaveChoice.CANCEL;

        assertThat(vm.openKnown(bo).join()).isFalse();

        assertThat(dialogs.asked).containsExactly("save-changes:Cy");
        assertThat(vm.editor().nameProperty().get()).isEqualTo("Cy");
    }
}
