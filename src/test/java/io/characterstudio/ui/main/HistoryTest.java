package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.Revision;
import io.characterstudio.model.WordDiff;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.history.HistoryViewModel;
import io.characterstudio.ui.history.HistoryViewModel.Against;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every create and save is a revision; revisions are compared and restored into the editor. */
class HistoryTest {

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;
    private String id;

    @BeforeEach
    void start() {
        world = SandboxWorld.inMemory(Runnable::run);
        vm = Apps.started(world, dialogs);
        vm.newCharacter();
        vm.editor().nameProperty().set("Ann");
        vm.editor().voice().voiceProperty().set("AriaNeural");
        vm.editor().backstory().textProperty().set("Ann keeps the old lighthouse.");
        vm.save().join();
        id = vm.editor().snapshotProperty().get().id();
        vm.editor().backstory().textProperty().set("Ann keeps the new lighthouse.");
        vm.editor().nameProperty().set("Ann B.");
        vm.save().join();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void revisionsAreNumberedFromOneAsTheUserSeesThemNotByStorageId() {
        vm.newCharacter();
        vm.editor().nameProperty().set("Bea");
        vm.editor().voice().voiceProperty().set("AriaNeural");
        vm.editor().backstory().textProperty().set("Bea mends nets.");
        vm.save().join();
        HistoryViewModel h = vm.windows().history();
        h.load().join();
        Revision only = h.revisions().get(0);
        assertThat(only.id()).as("Ann's two saves came first").isGreaterThan(1);
        assertThat(HistoryViewModel.label(only, h.revisions())).startsWith("#1 \u00B7 ");
        assertThat(HistoryViewModel.heading(only, h.revisions())).isEqualTo("Revision #1");
        vm.editor().backstory().textProperty().set("Bea mends nets at dawn.");
        vm.save().join();
        h.load().join();
        assertThat(h.revisions())
                .extracting(r -> HistoryViewModel.label(r, h.revisions()).substring(0, 2))
                .containsExactly("#2", "#1");
    }

    @Test
    void everyCreateAndSaveIsARevisionNewestFirst() {
        vm.windows().openHistory();
        HistoryViewModel h = vm.windows().history();
        assertThat(dialogs.historyShown).hasSize(1);
        assertThat(h.revisions())
                .extracting(r -> r.fields().backstory())
                .containsExactly("Ann keeps the new lighthouse.", "Ann keeps the old lighthouse.");
        assertThat(h.revisions()).allSatisfy(r -> assertThat(r.characterId()).isEqualTo(id));
        assertThat(h.selectedProperty().get()).isEqualTo(h.revisions().get(0));
    }

    @Test
    void aRevisionIsComparedWordByWordWithThePreviousTheServerOrTheEditor() {
        HistoryViewModel h = vm.windows().history();
        h.load().join();
        h.comparison().show();
        h.againstProperty().set(Against.PREVIOUS);
        // Older on the left, newer on the right: what the newer revision brought in is added.
        assertThat(h.comparison().revisionIsOlderProperty().get()).isFalse();
        assertThat(h.comparison().olderTitleProperty().get()).contains("before");
        assertThat(h.fieldChangesProperty().get())
                .contains("Name: \u201CAnn\u201D \u2192 \u201CAnn B.\u201D")
                .contains("1 word added, 1 removed");
        assertThat(h.backstoryDiffProperty().get())
                .contains(
                        new WordDiff.Segment(WordDiff.Kind.REMOVED, "old "),
                        new WordDiff.Segment(WordDiff.Kind.ADDED, "new "));
        h.selectedProperty().set(h.revisions().get(1));
        h.againstProperty().set(Against.EDITOR);
        assertThat(h.comparison().revisionIsOlderProperty().get()).isTrue();
        assertThat(h.comparison().newerTitleProperty().get()).isEqualTo("The editor");
        assertThat(h.backstoryDiffProperty().get())
                .contains(
                        new WordDiff.Segment(WordDiff.Kind.REMOVED, "old "),
                        new WordDiff.Segment(WordDiff.Kind.ADDED, "new "));
        assertThat(h.fieldChangesProperty().get()).contains("Name: \u201CAnn\u201D \u2192 \u201CAnn B.\u201D");
        h.selectedProperty().set(h.revisions().get(0));
        h.againstProperty().set(Against.SERVER);
        assertThat(h.fieldChangesProperty().get()).isEqualTo("No differences.");
        vm.editor().backstory().textProperty().set("Ann keeps the new lighthouse and a cat.");
        h.againstProperty().set(Against.EDITOR);
        assertThat(h.fieldChangesProperty().get()).contains("4 words added, 1 removed");
    }

    @Test
    void restoringPutsARevisionOrOneFieldIntoTheEditorWithoutSaving() {
        HistoryViewModel h = vm.windows().history();
        h.load().join();
        Revision oldest = h.revisions().get(1);
        h.selectedProperty().set(oldest);
        h.restoreField(CharacterField.BACKSTORY);
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Ann keeps the old lighthouse.");
        assertThat(vm.editor().nameProperty().get()).isEqualTo("Ann B.");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
        assertThat(world.direct.get(id).fields().backstory()).as("not sent").isEqualTo("Ann keeps the new lighthouse.");
        h.restoreAll();
        assertThat(vm.editor().fieldsProperty().get()).isEqualTo(oldest.fields());
        assertThat(vm.save().join()).isTrue();
        assertThat(world.direct.get(id).fields()).isEqualTo(oldest.fields());
    }

    @Test
    void pruningAsksFirstAndKeepsTheChosenRevision() {
        HistoryViewModel h = vm.windows().history();
        h.load().join();
        dialogs.confirmAnswer = false;
        assertThat(h.pruneOlder().join()).isFalse();
        assertThat(h.revisions()).hasSize(2);
        dialogs.confirmAnswer = true;
        assertThat(h.pruneOlder().join()).isTrue();
        assertThat(h.revisions())
                .singleElement()
                .extracting(r -> r.fields().name())
                .isEqualTo("Ann B.");
        assertThat(dialogs.asked).contains("confirm:Prune the history");
    }

    @Test
    void aFailedSaveAddsNoRevision() {
        world.sandbox.faults().set(io.characterstudio.sandbox.FaultSettings.NONE.withServerErrors(1.0));
        vm.editor().backstory().textProperty().set("Not saved.");
        assertThat(vm.save().join()).isFalse();
        world.sandbox.faults().clear();
        assertThat(world.workspace.revisions().list("sandbox", id)).hasSize(2);
    }
}
