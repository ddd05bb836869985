package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Revision;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.editor.EditorDialogs.DraftChoice;
import io.characterstudio.ui.editor.EditorDialogs.LeaveChoice;
import io.characterstudio.ui.history.HistoryViewModel;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every discard is recoverable: reverted edits, "Don't save" and a discarded crash draft go into
 * the character's history as "Discarded edits"; right after a revert, Undo puts them back.
 */
class DiscardedEditsTest {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));
    private static final String SAVED_ONCE = "Keeps the lighthouse, saved once.";
    private static final String PASTED = "Keeps the lighthouse. A long pasted chapter about the storm of 1902.";

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;
    private String id;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        vm = Apps.started(world, dialogs);
        id = world.direct.create(ANN);
        vm.openWithoutAsking(new OpenRequest(id)).join();
        vm.editor().backstory().textProperty().set(PASTED);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private List<Revision> discarded() {
        return world.workspace.revisions().list("sandbox", id).stream()
                .filter(r -> r.kind() == Revision.Kind.DISCARDED)
                .toList();
    }

    @Test
    void revertKeepsTheEditsInHistoryAndUndoPutsThemBackAsUnsavedEdits() {
        vm.revert().join();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo(ANN.backstory());
        assertThat(world.workspace.drafts().list("sandbox")).isEmpty();
        assertThat(discarded()).singleElement().satisfies(r -> {
            assertThat(r.fields().backstory()).isEqualTo(PASTED);
            assertThat(HistoryViewModel.label(r, List.of(r)))
                    .as("says what discarded it, as Recover does")
                    .startsWith("Discarded by Revert \u00B7 ");
        });
        assertThat(vm.status().lastResultProperty().get()).isEqualTo("Reverted: your edits are in History.");
        assertThat(vm.undoRevertAvailableProperty().get()).isTrue();

        assertThat(vm.undoRevert()).isTrue();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo(PASTED);
        assertThat(vm.editor().dirtyProperty().get())
                .as("back as unsaved edits")
                .isTrue();
        assertThat(world.direct.get(id).fields()).as("nothing was saved").isEqualTo(ANN);
        assertThat(world.workspace.drafts().list("sandbox"))
                .as("journalled again")
                .hasSize(1);
        assertThat(vm.undoRevertAvailableProperty().get()).isFalse();
        assertThat(vm.status().lastResultProperty().get()).contains("back in the editor");
    }

    /** Reverts the pasted chapter, then selects its "Discarded edits" entry in History. */
    private HistoryViewModel revertedThenSelected() {
        vm.revert().join();
        HistoryViewModel h = vm.windows().history();
        h.load().join();
        Revision entry = h.revisions().stream()
                .filter(r -> r.kind() == Revision.Kind.DISCARDED)
                .findFirst()
                .orElseThrow();
        h.selectedProperty().set(entry);
        return h;
    }

    @Test
    void aRevertedEntryIsRestoredFromHistoryLikeAnyRevision() {
        HistoryViewModel h = revertedThenSelected();
        h.restoreAll();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo(PASTED);
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
    }

    @Test
    void undoIsNoLongerOfferedOnceTheUserEditsAgain() {
        vm.revert().join();
        vm.editor().nameProperty().set("Ann B.");
        assertThat(vm.undoRevertAvailableProperty().get()).isFalse();
        assertThat(vm.undoRevert()).isFalse();
        assertThat(vm.editor().nameProperty().get()).isEqualTo("Ann B.");
    }

    @Test
    void dontSaveWhenLeavingKeepsTheEditsInHistory() {
        dialogs.leaveChoice = LeaveChoice.DISCARD;
        assertThat(vm.confirmLeave().join()).isTrue();
        assertThat(discarded())
                .singleElement()
                .extracting(r -> r.fields().backstory())
                .isEqualTo(PASTED);
        assertThat(world.workspace.drafts().list("sandbox")).isEmpty();
    }

    @Test
    void aDiscardedCrashDraftIsKeptInHistory() {
        dialogs.draftChoice = DraftChoice.DISCARD;
        Apps.started(world, dialogs);
        assertThat(world.workspace.drafts().list("sandbox")).isEmpty();
        assertThat(discarded())
                .singleElement()
                .extracting(r -> r.fields().backstory())
                .isEqualTo(PASTED);
    }

    @Test
    void savedRevisionsStillReadAsRevisions() {
        assertThat(vm.save().join()).isTrue();
        Revision saved = world.workspace.revisions().list("sandbox", id).get(0);
        assertThat(saved.kind()).isEqualTo(Revision.Kind.SAVED);
        assertThat(HistoryViewModel.label(saved, List.of(saved))).startsWith("#1 \u00B7 ");
    }

    /** Saves "Saved once." as a revision, then types the pasted chapter again (unsaved); History is loaded. */
    private HistoryViewModel savedOnceThenEdited(String edited) {
        vm.editor().backstory().textProperty().set(SAVED_ONCE);
        assertThat(vm.save().join()).isTrue();
        vm.editor().backstory().textProperty().set(edited);
        HistoryViewModel h = vm.windows().history();
        h.load().join();
        h.selectedProperty().set(h.revisions().get(0));
        return h;
    }

    @Test
    void puttingARevisionOverUnsavedEditsKeepsThemInHistoryAndUndoPutsThemBack() {
        HistoryViewModel h = savedOnceThenEdited(PASTED);
        h.restoreAll().join();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo(SAVED_ONCE);
        assertThat(discarded())
                .singleElement()
                .extracting(r -> r.fields().backstory())
                .isEqualTo(PASTED);
        assertThat(vm.status().lastResultProperty().get())
                .contains("Your edits are in History")
                .contains("Undo");
        assertThat(vm.undoRevertAvailableProperty().get()).isTrue();
        assertThat(vm.undoRevert()).isTrue();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo(PASTED);
    }

    @Test
    void puttingOneFieldBackOverUnsavedEditsKeepsThemToo() {
        HistoryViewModel h = savedOnceThenEdited(PASTED);
        vm.editor().nameProperty().set("Ann the Keeper");
        h.restoreField(io.characterstudio.model.CharacterField.BACKSTORY).join();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo(SAVED_ONCE);
        assertThat(vm.editor().nameProperty().get()).isEqualTo("Ann the Keeper");
        assertThat(discarded()).singleElement().satisfies(r -> {
            assertThat(r.fields().backstory()).isEqualTo(PASTED);
            assertThat(r.fields().name()).isEqualTo("Ann the Keeper");
        });
        assertThat(vm.undoRevert()).isTrue();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo(PASTED);
    }

    @Test
    void puttingBackWhatTheEditorAlreadyHoldsSaysSoAndKeepsNothing() {
        HistoryViewModel h = savedOnceThenEdited(SAVED_ONCE);
        Revision first = h.selectedProperty().get();
        h.restoreAll().join();
        assertThat(vm.status().lastResultProperty().get())
                .isEqualTo("Revision #" + first.id() + " is already what the editor holds.");
        h.restoreField(io.characterstudio.model.CharacterField.NAME).join();
        assertThat(vm.status().lastResultProperty().get())
                .isEqualTo("The name of Revision #" + first.id() + " is already what the editor holds.");
        assertThat(discarded()).isEmpty();
        assertThat(vm.undoRevertAvailableProperty().get()).isFalse();
    }

    @Test
    void revertingANeverSavedCharacterPointsToRecoverDiscardedNewCharacters() {
        vm.revert().join();
        vm.newCharacter();
        vm.editor().nameProperty().set("Tobin");
        vm.revert().join();
        assertThat(vm.status().lastResultProperty().get())
                .isEqualTo("Reverted: your edits are in Edit > Recover discarded new characters."); // no "…."
    }

    @Test
    void aDiscardedEntryIsHeadedByWhatItIsAndWhen() {
        HistoryViewModel h = revertedThenSelected();
        Revision entry = h.selectedProperty().get();
        h.comparison().show();
        assertThat(h.comparison().olderTitleProperty().get()).matches("Discarded by Revert, \\d\\d:\\d\\d");
        assertThat(HistoryViewModel.heading(entry, h.revisions())).doesNotContain("#");
    }
}
