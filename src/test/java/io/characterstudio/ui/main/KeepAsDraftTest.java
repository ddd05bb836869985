package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.ConnectionDraft;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailingDraftStore;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.editor.EditorDialogs.LeaveChoice;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leave guard: leaving a saved character keeps its edits as a journalled draft without a
 * question (row marked, has:draft lists it, reopening shows them); the question comes only for a
 * new character or for edits the journal failed to write, and quitting asks only then. Switching
 * connection follows the same rule: journalled edits stay as a draft of the connection left and come
 * back on return.
 */
class KeepAsDraftTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    /** A second connection, to switch to. */
    private Sandbox teammate;

    private ConnectionInfo teammateConnection;
    private final FakeDialogs dialogs = new FakeDialogs();
    /** The journal's scheduled writes, run when the test says (a failed write is scheduled again). */
    private final List<Runnable> writes = new ArrayList<>();

    private MainViewModel vm;
    private String ann;
    private String bo;

    /** A world whose journal refuses its first {@code refusals} writes. */
    private void start(int refusals) {
        try {
            teammate = Sandbox.start(SandboxConfig.inMemory().withApiKey("teammate-key"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        world = new SandboxWorld(dataDir, Runnable::run);
        teammateConnection = world.connections.save(
                new ConnectionDraft(null, "Teammate", teammate.baseUri().toString(), "teammate-key", true));
        DraftJournal journal = new DraftJournal(
                new FailingDraftStore(world.workspace.drafts(), refusals),
                (task, delay) -> writes.add(task),
                Runnable::run,
                Duration.ZERO);
        vm = Apps.over(world, dialogs).drafts(journal).build();
        vm.start().join();
        ann = world.direct.create(new CharacterFields("Ann", "FEMALE", "a", List.of(), List.of("en-US")));
        bo = world.direct.create(new CharacterFields("Bo", "MALE", "b", List.of(), List.of("en-US")));
        assertThat(vm.openWithoutAsking(new OpenRequest(bo)).join()).isTrue();
        assertThat(vm.openWithoutAsking(new OpenRequest(ann)).join()).isTrue();
    }

    @AfterEach
    void stop() {
        if (teammate != null) {
            teammate.close();
        }
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
        assertThat(vm.library().item(ann).orElseThrow().hasDraft())
                .as("row marked draft")
                .isTrue();
        assertThat(world.direct.get(ann).fields().backstory())
                .as("nothing saved behind the user's back")
                .isEqualTo("a");
        vm.library().filterProperty().set("has:draft");
        assertThat(vm.library().visible()).extracting(r -> r.id()).containsExactly(ann);

        assertThat(vm.openKnown(ann).join()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(vm.editor().backstory().textProperty().get())
                .as("reopening restores the draft")
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
    void editsTheJournalFailedToWriteAreAskedAboutWhenLeavingSwitchingAndQuitting() {
        start(1);
        vm.editor().backstory().textProperty().set("Unsaved words.");
        runWrites(); // fails; a retry is scheduled

        dialogs.leaveChoice = LeaveChoice.CANCEL;
        assertThat(vm.openKnown(bo).join()).isFalse();
        assertThat(vm.confirmQuit().join()).isFalse();
        assertThat(vm.switchTo(teammateConnection).join()).isFalse();
        assertThat(dialogs.asked).containsExactly("save-changes:Ann", "save-changes:Ann", "save-changes:Ann");
        assertThat(vm.connection()).isEqualTo(world.connection);
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Unsaved words.");

        runWrites(); // the retry succeeds: leaving is safe again
        assertThat(vm.openKnown(bo).join()).isTrue();
        assertThat(dialogs.asked).hasSize(3);
    }

    @Test
    void journalledEditsSwitchWithoutAQuestionAndComeBackOnReturn() {
        start(0);
        vm.editor().backstory().textProperty().set("Unsaved words.");
        runWrites();

        assertThat(vm.switchTo(teammateConnection).join()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(vm.connection()).isEqualTo(teammateConnection);
        assertThat(world.direct.get(ann).fields().backstory())
                .as("nothing saved behind the user's back")
                .isEqualTo("a");

        assertThat(vm.switchTo(world.connection).join()).isTrue();
        assertThat(dialogs.asked).as("no question on the way back either").isEmpty();
        assertThat(dialogs.offeredDrafts).as("not offered as a crash's draft").isEmpty();
        assertThat(vm.editor().snapshotProperty().get().id()).isEqualTo(ann);
        assertThat(vm.editor().backstory().textProperty().get())
                .as("the draft is back")
                .isEqualTo("Unsaved words.");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
        assertThat(vm.library().item(ann).orElseThrow().hasDraft())
                .as("row marked draft")
                .isTrue();
    }

    @Test
    void leavingANewCharacterTheServerDoesNotHaveStillAsks() {
        start(0);
        vm.newCharacter();
        vm.editor().nameProperty().set("Cy");
        dialogs.leaveChoice = LeaveChoice.CANCEL;

        assertThat(vm.openKnown(bo).join()).isFalse();

        assertThat(vm.switchTo(teammateConnection).join())
                .as("nor a switch of connection")
                .isFalse();

        assertThat(dialogs.asked).containsExactly("save-changes:Cy", "save-changes:Cy");
        assertThat(vm.editor().nameProperty().get()).isEqualTo("Cy");
        assertThat(vm.connection()).isEqualTo(world.connection);
    }
}
