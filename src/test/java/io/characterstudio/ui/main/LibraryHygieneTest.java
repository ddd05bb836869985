package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.open.OpenDialogs.Found;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library stays tidy: failed opens add nothing, deleted and missing rows are hidden and can be
 * removed; open by name matches the library's names ignoring case before asking the server.
 */
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
        assertThat(vm.openWithoutAsking(new OpenRequest(UNKNOWN)).join()).isFalse();
        assertThat(vm.openWithoutAsking(new OpenRequest("not an id")).join()).isFalse();
        vm.library().refresh().join();
        assertThat(vm.library().all()).isEmpty();
        assertThat(world.service.knownCharacters().join()).isEmpty();
    }

    @Test
    void aKnownCharacterThatIsGoneIsStillMarkedMissing() {
        String id = create("Ann");
        assertThat(vm.openWithoutAsking(new OpenRequest(id)).join()).isTrue();
        world.direct.delete(id, false);
        vm.newCharacter();
        assertThat(vm.openKnown(id).join()).isFalse();
        assertThat(vm.library().item(id)).get().extracting(LibraryItem::status).isEqualTo(Status.MISSING);
    }

    /** Ann deleted in the app, Bo deleted elsewhere (missing once opened), Cy there. */
    private void annDeletedBoMissingCyPresent() {
        String ann = create("Ann");
        String bo = create("Bo");
        String cy = create("Cy");
        vm.openWithoutAsking(new OpenRequest(bo)).join();
        vm.openWithoutAsking(new OpenRequest(cy)).join();
        vm.openWithoutAsking(new OpenRequest(ann)).join();
        dialogs.deleteAnswer = true;
        assertThat(vm.deleteCurrent().join()).isTrue();
        world.direct.delete(bo, false);
        assertThat(vm.openKnown(bo).join()).isFalse();
        vm.library().refresh().join();
    }

    @Test
    void deletedAndMissingRowsAreHiddenUntilShownOrAskedFor() {
        annDeletedBoMissingCyPresent();

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
    void theHiddenCountCountsOnlyTheRowsTheSearchWouldShow() {
        annDeletedBoMissingCyPresent();
        assertThat(vm.library().hiddenTextProperty().get()).isEqualTo("1 deleted, 1 missing hidden");

        vm.library().filterProperty().set("ann");
        assertThat(vm.library().hiddenTextProperty().get())
                .as("only Ann matches")
                .isEqualTo("1 deleted hidden");
        vm.library().filterProperty().set("cy");
        assertThat(vm.library().hiddenTextProperty().get())
                .as("no hidden row matches")
                .isEmpty();
        vm.library().filterProperty().set("");
        assertThat(vm.library().hiddenTextProperty().get()).isEqualTo("1 deleted, 1 missing hidden");
    }

    @Test
    void removeFromLibraryAsksFirstAndClearsOnlyLocalRows() {
        String ann = create("Ann");
        String cy = create("Cy");
        vm.openWithoutAsking(new OpenRequest(cy)).join();
        vm.openWithoutAsking(new OpenRequest(ann)).join();
        dialogs.deleteAnswer = true;
        vm.deleteCurrent().join();
        int trashed = world.trash.list("sandbox").join().size();

        dialogs.confirmAnswer = false;
        assertThat(vm.libraryCommands().removeFromLibrary(List.of(ann, cy)).join())
                .isFalse();
        assertThat(dialogs.asked).contains("confirm:Remove from library");
        assertThat(vm.library().item(ann)).isPresent();

        dialogs.confirmAnswer = true;
        vm.library().selectedIds().setAll(ann, cy);
        assertThat(vm.libraryCommands().removeSelectedFromLibrary().join()).isTrue();
        assertThat(vm.library().item(ann)).as("the deleted row is gone").isEmpty();
        assertThat(vm.library().item(cy)).as("a present character stays").isPresent();
        assertThat(world.sandbox.characterCount()).as("the server is not asked").isEqualTo(1);
        assertThat(world.trash.list("sandbox").join())
                .as("the trash keeps its copy")
                .hasSize(trashed);
        assertThat(vm.status().lastResultProperty().get()).contains("Removed 1 character from the library");
    }

    @Test
    void openingADeletedRowDoesNotAskTheServerNorRelabelIt() {
        String ann = create("Ann");
        vm.openWithoutAsking(new OpenRequest(ann)).join();
        dialogs.deleteAnswer = true;
        vm.deleteCurrent().join();
        dialogs.errors.clear();

        assertThat(vm.openKnown(ann).join()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.library().item(ann)).get().extracting(LibraryItem::status).isEqualTo(Status.DELETED);
        assertThat(vm.status().lastResultProperty().get()).contains("was deleted");
    }

    // Open by name: one field, a library name matched ignoring case, several matches listed.

    private String known(String name) {
        String id = world.direct.create(new CharacterFields(name, "MALE", "b", List.of(), List.of("en-US")));
        assertThat(vm.openWithoutAsking(new OpenRequest(id)).join()).isTrue();
        return id;
    }

    private String openId() {
        return vm.editor().snapshotProperty().get().id();
    }

    @Test
    void aNameInAnotherCaseOpensTheLibraryCharacter() {
        String dax = known("Dax Reed");
        known("Ann");
        dialogs.openAnswer = Optional.of(new OpenRequest("  dax reed "));
        vm.openDialog();
        assertThat(dialogs.openSuggestions).singleElement().asList().containsExactlyInAnyOrder("Ann", "Dax Reed");
        assertThat(openId()).isEqualTo(dax);
        assertThat(dialogs.whichAsked).isEmpty();
    }

    @Test
    void severalMatchesAreListedAndTheChosenOneOpens() {
        String first = known("Dax Reed");
        String second = known("DAX REED");
        known("Ann");
        dialogs.whichAnswer = found -> Optional.of(second);
        assertThat(vm.openWithoutAsking(new OpenRequest("dax reed")).join()).isTrue();
        assertThat(dialogs.whichAsked)
                .singleElement()
                .asList()
                .extracting(f -> ((Found) f).id())
                .containsExactlyInAnyOrder(first, second);
        assertThat(openId()).isEqualTo(second);

        dialogs.whichAnswer = found -> Optional.empty();
        assertThat(vm.openWithoutAsking(new OpenRequest("Dax reed")).join()).isFalse();
        assertThat(openId()).isEqualTo(second);
        assertThat(vm.status().lastResultProperty().get())
                .contains("2 characters")
                .contains("Dax Reed")
                .contains("DAX REED");
    }

    @Test
    void anIdWithSpacesOpensByIdAndAnUnknownNameAsksTheServerByExactName() {
        String ann = known("Ann");
        known("Bo");
        assertThat(vm.openWithoutAsking(new OpenRequest("\n  " + ann + "  ")).join())
                .isTrue();
        assertThat(openId()).isEqualTo(ann);
        String cy = world.direct.create(new CharacterFields("Cy", "MALE", "c", List.of(), List.of("en-US")));
        assertThat(vm.openWithoutAsking(new OpenRequest("Cy")).join()).isTrue();
        assertThat(openId()).isEqualTo(cy);
        assertThat(vm.openWithoutAsking(new OpenRequest("cy nobody")).join()).isFalse();
    }
}
