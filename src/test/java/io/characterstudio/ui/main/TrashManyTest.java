package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.trash.TrashViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trash at scale: a search, many selected, restore or forget them at once after a dry run with counts. */
class TrashManyTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private TrashViewModel trash;
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        vm = Apps.started(world, dialogs);
        for (String name : List.of("Harbour master", "Harbour pilot", "Baker", "Smith", "harbour cat")) {
            String id = world.service
                    .create(new CharacterFields(name, "AriaNeural", name + " story.", List.of(), List.of("en-US")))
                    .join()
                    .character()
                    .id();
            world.trash.delete(world.service, id).join();
        }
        trash = vm.windows().trash();
        trash.refresh().join();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private List<String> names(List<TrashEntry> entries) {
        return entries.stream().map(e -> e.fields().name()).sorted().toList();
    }

    @Test
    void theSearchNarrowsTheListIgnoringCaseAndSaysHowManyAreShown() {
        trash.queryProperty().set("HARBOUR");
        assertThat(names(trash.shown())).containsExactly("Harbour master", "Harbour pilot", "harbour cat");
        assertThat(trash.countLine()).isEqualTo("3 of 5 shown, 0 selected");
        trash.queryProperty().set(trash.entries().get(0).characterId().substring(0, 8));
        assertThat(trash.shown()).singleElement().isEqualTo(trash.entries().get(0));
        trash.queryProperty().set("");
        assertThat(trash.shown()).hasSize(5);
    }

    @Test
    void restoringManyAsksWithCountsFirstAndRestoresEachOnce() {
        trash.queryProperty().set("harbour");
        trash.select(List.copyOf(trash.shown()));
        assertThat(trash.countLine()).isEqualTo("3 of 5 shown, 3 selected");
        dialogs.confirmAnswer = false;
        assertThat(trash.restoreSelected().join()).isZero();
        assertThat(world.sandbox.characterCount())
                .as("the dry run changes nothing")
                .isZero();
        assertThat(dialogs.questions.get(0))
                .startsWith("Restore 3 characters as new characters (new IDs):")
                .contains("Harbour master")
                .contains("Harbour pilot")
                .contains("harbour cat")
                .doesNotContain("Baker");

        dialogs.confirmAnswer = true;
        assertThat(trash.restoreSelected().join()).isEqualTo(3);
        assertThat(world.sandbox.characterCount()).isEqualTo(3);
        assertThat(world.workspace.trash().list("sandbox"))
                .filteredOn(TrashEntry::restored)
                .hasSize(3);
        assertThat(trash.messageProperty().get()).startsWith("Restored 3 of 3.");

        trash.queryProperty().set("");
        trash.select(List.copyOf(trash.shown()));
        trash.restoreSelected().join();
        assertThat(dialogs.questions.get(2))
                .startsWith("Restore 2 characters as new characters (new IDs):")
                .contains("3 already restored are left as they are.");
        assertThat(world.sandbox.characterCount()).as("each restored once").isEqualTo(5);
    }

    @Test
    void forgettingManyAsksWithCountsFirstAndForgetsOnlyTheSelected() {
        trash.queryProperty().set("harbour");
        trash.select(List.copyOf(trash.shown()));
        dialogs.confirmAnswer = false;
        assertThat(trash.purgeSelected().join()).isZero();
        assertThat(world.workspace.trash().list("sandbox")).hasSize(5);
        assertThat(dialogs.questions.get(0))
                .startsWith("Forget 3 deleted characters for good")
                .contains("Harbour pilot")
                .doesNotContain("Smith");

        dialogs.confirmAnswer = true;
        assertThat(trash.purgeSelected().join()).isEqualTo(3);
        assertThat(names(world.workspace.trash().list("sandbox"))).containsExactly("Baker", "Smith");
        assertThat(trash.entries()).hasSize(2);
        assertThat(trash.shown()).isEmpty();
        assertThat(trash.countLine()).isEqualTo("0 of 2 shown, 0 selected");
        assertThat(trash.messageProperty().get()).isEqualTo("Forgot 3 deleted characters.");
    }

    @Test
    void withNothingSelectedNothingIsAskedOrDone() {
        assertThat(trash.restoreSelected().join()).isZero();
        assertThat(trash.purgeSelected().join()).isZero();
        assertThat(dialogs.questions).isEmpty();
        assertThat(trash.messageProperty().get()).isEqualTo("Select one or more deleted characters first.");
    }

    @Test
    void restoredEntriesAreNotRestorableAndTheTrashOpensAgainWithoutTheLastResult() {
        trash.queryProperty().set("baker");
        trash.select(List.copyOf(trash.shown()));
        assertThat(trash.restorableSelectedProperty().get()).isTrue();
        dialogs.confirmAnswer = true;
        assertThat(trash.restoreSelected().join()).isEqualTo(1);
        trash.refresh().join();
        assertThat(trash.selected()).singleElement().matches(TrashEntry::restored);
        assertThat(trash.restorableSelectedProperty().get())
                .as("a restored entry cannot be restored again")
                .isFalse();
        assertThat(trash.messageProperty().get()).startsWith("Restored 1 of 1.");

        vm.windows().openTrash();
        assertThat(trash.messageProperty().get())
                .as("a fresh trash: no result of the last visit")
                .isEmpty();
        assertThat(trash.queryProperty().get()).isEmpty();
        assertThat(trash.selected()).isEmpty();
        assertThat(trash.restorableSelectedProperty().get()).isFalse();
    }
}
