package io.characterstudio.ui.main;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.common.DialogService.OpenRequest;
import io.characterstudio.ui.library.LibraryItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library stays tidy: failed opens add nothing, deleted and missing rows are hidden and can be removed. */
class LibraryHygieneTest {

    private static final String UNKNOWN = "7bd3274c-1745-11ee-a3af-42010a400002";

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        vm = Apps.started(world, dialogs);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private String create(String name) {
        return world.direct.create(new CharacterFields(name, "AriaNeural", "b", List.of(), List.of("en-US")));
    }

    private List<String> shown() {
        return vm.library().visible().stream().map(LibraryItem::name).toList();
    }

    @Test
    void aFailedOpenAddsNothingToTheLibrary() {
        assertThat(vm.openWithoutAsking(new OpenRequest(UNKNOWN, false)).join()).isFalse();
        assertThat(vm.openWithoutAsking(new OpenRequest("not an id", false)).join()).isFalse();
        vm.library().refresh().join();
        assertThat(vm.library().all()).isEmpty();
        assertThat(world.service.knownCharacters().join()).isEmpty();
    }

    @Test
    void aKnownCharacterThatIsGoneIsStillMarkedMissing() {
        String id = create("Ann");
        assertThat(vm.openWithoutAsking(new OpenRequest(id, false)).join()).isTrue();
        world.direct.delete(id, false);
        vm.newCharacter();
        assertThat(vm.openKnown(id).join()).isFalse();
        assertThat(vm.library().item(id)).get().extracting(LibraryItem::status).isEqualTo(Status.MISSING);
    }

    @Test
    void deletedAndMissingRowsAreHiddenUntilShownOrAskedFor() {
        String ann = create("Ann");
        String bo = create("Bo");
        String cy = create("Cy");
        vm.openWithoutAsking(new OpenRequest(bo, false)).join();
        vm.openWithoutAsking(new OpenRequest(cy, false)).join();
        vm.openWithoutAsking(new OpenRequest(ann, false)).join();
        dialogs.deleteAnswer = true;
        assertThat(vm.deleteCurrent().join()).isTrue();
        world.direct.delete(bo, false);
        assertThat(vm.openKnown(bo).join()).isFalse();
        vm.library().refresh().join();

        assertThat(shown()).containsExactly("Cy");
        assertThat(vm.library().hiddenTextProperty().get()).isEqualTo("1 deleted, 1 missing hidden");
        vm.library().showGoneProperty().set(true);
        assertThat(shown()).containsExactly("Ann", "Bo", "Cy");
        assertThat(vm.library().hiddenTextProperty().get()).isEmpty();
        vm.library().showGoneProperty().set(false);
        vm.library().filterProperty().set("is:deleted");
        assertThat(shown()).containsExactly("Ann");
        vm.library().filterProperty().set("is:missing");
        assertThat(shown()).containsExactly("Bo");
    }

    @Test
    void removeFromLibraryAsksFirstAndClearsOnlyLocalRows() {
        String ann = create("Ann");
        String cy = create("Cy");
        vm.openWithoutAsking(new OpenRequest(cy, false)).join();
        vm.openWithoutAsking(new OpenRequest(ann, false)).join();
        dialogs.deleteAnswer = true;
        vm.deleteCurrent().join();
        int trashed = world.trash.list("sandbox").join().size();

        dialogs.confirmAnswer = false;
        assertThat(vm.libraryCommands().removeFromLibrary(List.of(ann, cy)).join()).isFalse();
        assertThat(dialogs.asked).contains("confirm:Remove from library");
        assertThat(vm.library().item(ann)).isPresent();

        dialogs.confirmAnswer = true;
        vm.library().selectedIds().setAll(ann, cy);
        assertThat(vm.libraryCommands().removeSelectedFromLibrary().join()).isTrue();
        assertThat(vm.library().item(ann)).as("the deleted row is gone").isEmpty();
        assertThat(vm.library().item(cy)).as("a present character stays").isPresent();
        assertThat(world.sandbox.characterCount()).as("the server is not asked").isEqualTo(1);
        assertThat(world.trash.list("sandbox").join()).as("the trash keeps its copy").hasSize(trashed);
        assertThat(vm.status().lastResultProperty().get()).contains("Removed 1 character from the library");
    }

    @Test
    void openingADeletedRowDoesNotAskTheServerNorRelabelIt() {
        String ann = create("Ann");
        vm.openWithoutAsking(new OpenRequest(ann, false)).join();
        dialogs.deleteAnswer = true;
        vm.deleteCurrent().join();
        dialogs.errors.clear();

        assertThat(vm.openKnown(ann).join()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.library().item(ann)).get().extracting(LibraryItem::status).isEqualTo(Status.DELETED);
        assertThat(vm.status().lastResultProperty().get()).contains("was deleted");
    }
}
