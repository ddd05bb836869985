package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.convai.ConvaiException;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.service.TrashService;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deletes go through the local trash; restore re-creates; a failed delete leaves things consistent. */
class TrashTest {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave", "Nod"), List.of("en-US"));

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
        dialogs.deleteAnswer = true;
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private List<TrashEntry> trash() {
        return world.workspace.trash().list("sandbox");
    }

    @Test
    void aDeleteKeepsTheFullCharacterInTheTrash() {
        assertThat(vm.deleteCurrent().join()).isTrue();
        assertThat(world.sandbox.characterCount()).isZero();
        assertThat(trash()).singleElement().satisfies(e -> {
            assertThat(e.characterId()).isEqualTo(id);
            assertThat(e.fields()).isEqualTo(ANN);
            assertThat(e.restored()).isFalse();
        });
        assertThat(vm.status().lastResultProperty().get()).contains("a copy is in the trash");
    }

    @Test
    void restoreRecreatesWithANewIdAndSaysWhatDidNotComeBack() {
        vm.deleteCurrent().join();
        vm.windows().openTrash();
        assertThat(dialogs.trashShown).hasSize(1);
        assertThat(vm.windows().trash().entries()).hasSize(1);
        assertThat(vm.windows()
                        .trash()
                        .restore(vm.windows().trash().entries().get(0))
                        .join())
                .isTrue();
        String newId = vm.editor().snapshotProperty().get().id();
        assertThat(newId).isNotEqualTo(id);
        assertThat(world.direct.get(newId).fields()).isEqualTo(ANN);
        assertThat(trash())
                .singleElement()
                .satisfies(e -> assertThat(e.restoredAs()).contains(newId));
        assertThat(vm.windows().trash().messageProperty().get())
                .contains(newId)
                .contains("it was " + id)
                .contains(TrashService.NOT_RESTORED);
        assertThat(vm.windows()
                        .trash()
                        .restore(vm.windows().trash().entries().get(0))
                        .join())
                .as("restored only once")
                .isFalse();
    }

    @Test
    void aRestoredCloneKeepsItsLineage() {
        dialogs.cloneAnswer = java.util.Optional.of(false);
        assertThat(vm.cloneCurrent().join()).isTrue();
        String copy = vm.editor().snapshotProperty().get().id();
        assertThat(vm.deleteCurrent().join()).isTrue();
        vm.windows().openTrash();
        assertThat(vm.windows()
                        .trash()
                        .restore(vm.windows().trash().entries().get(0))
                        .join())
                .isTrue();
        String restored = vm.editor().snapshotProperty().get().id();
        assertThat(restored).isNotEqualTo(copy);
        assertThat(world.workspace
                        .knownCharacters()
                        .find("sandbox", restored)
                        .orElseThrow()
                        .clonedFrom())
                .as("still cloned from Ann")
                .contains(id);
    }

    @Test
    void aDeleteThatFailsLeavesNoTrashEntryForACharacterStillOnTheServer() {
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(vm.deleteCurrent().join()).isFalse();
        world.sandbox.faults().clear();
        assertThat(world.direct.get(id).name()).isEqualTo("Ann");
        assertThat(trash()).isEmpty();
    }

    @Test
    void deletingACharacterThatIsAlreadyGoneAddsNoSecondEntry() {
        world.trash.delete(world.service, id).join();
        assertThatThrownBy(() -> world.trash.delete(world.service, id).join())
                .hasCauseInstanceOf(ConvaiException.class);
        assertThat(trash()).hasSize(1);
    }

    @Test
    void emptyingTheTrashAsksFirst() {
        vm.deleteCurrent().join();
        vm.windows().trash().refresh().join();
        dialogs.confirmAnswer = false;
        assertThat(vm.windows().trash().empty().join()).isFalse();
        assertThat(trash()).hasSize(1);
        dialogs.confirmAnswer = true;
        assertThat(vm.windows().trash().empty().join()).isTrue();
        assertThat(trash()).isEmpty();
        assertThat(dialogs.asked).contains("confirm:Empty the trash");
    }
}
