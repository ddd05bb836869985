package io.characterstudio.ui.replace;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.TextReplace;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.main.Apps;
import io.characterstudio.ui.main.MainViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find and replace across characters: preview per character, choose, apply as drafts, save in bulk. */
class FindReplaceTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> ids = new ArrayList<>();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        String[][] cast = {
            {"Ann", "Ann keeps the light of Rivertown. Rivertown sleeps."},
            {"Bo", "Bo sails from rivertown at dawn."},
            {"Cy", "Cy never left Rivertowns, a different place."},
            {"Dee", "Dee lives in the hills."}
        };
        for (String[] c : cast) {
            List<String> actions = c[0].equals("Dee") ? List.of() : List.of("Ring the Rivertown bell");
            ids.add(world.direct.create(new CharacterFields(c[0], "AriaNeural", c[1], actions, List.of("en-US"))));
        }
        vm = Apps.over(world, dialogs).build();
        vm.start().join();
        vm.libraryCommands().syncWithAccount().join();
        vm.bulk().fetchMissingBackstories().join();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private FindReplaceViewModel findReplace(String find, String replace) {
        FindReplaceViewModel fr = new FindReplaceViewModel(
                vm.library(),
                vm.editor(),
                world.drafts,
                vm.status(),
                Runnable::run,
                Runnable::run,
                java.time.Clock.systemUTC());
        fr.findProperty().set(find);
        fr.replaceProperty().set(replace);
        fr.preview().join();
        return fr;
    }

    @Test
    void theReplacerIsLiteralWithCaseAndWholeWordOptions() {
        TextReplace words = new TextReplace("Rivertown", "Lakeside", false, true);
        assertThat(words.replaceAll("Rivertown, rivertown. Rivertowns ($1)"))
                .isEqualTo("Lakeside, Lakeside. Rivertowns ($1)");
        assertThat(new TextReplace("Rivertown", "$1\\", true, false).replaceAll("Rivertowns rivertown"))
                .isEqualTo("$1\\s rivertown");
        assertThat(new TextReplace("a.b", "x", false, false).count("a.b axb")).isEqualTo(1);
        assertThat(words.previews("At the edge of old Rivertown the river bends and bends and bends again."))
                .containsExactly("At the edge of old [Rivertown \u2192 Lakeside] the river bends and bends and…");
    }

    @Test
    void previewListsEachCharacterAndOnlyTheTickedOnesBecomeDraftsToSaveInBulk() {
        vm.openKnown(ids.get(0)).join();
        FindReplaceViewModel fr = findReplace("Rivertown", "Lakeside");
        assertThat(fr.hits())
                .extracting(FindReplaceViewModel.CharacterHits::name)
                .containsExactlyInAnyOrder("Ann", "Bo", "Cy");
        FindReplaceViewModel.CharacterHits ann = fr.hits().stream()
                .filter(h -> h.name().equals("Ann"))
                .findFirst()
                .orElseThrow();
        assertThat(ann.previews()).hasSize(3).anySatisfy(p -> assertThat(p).startsWith("action: Ring the [Rivertown"));
        assertThat(fr.summaryProperty().get()).isEqualTo("6 hits in 3 of 4 characters.");
        fr.hits().stream()
                .filter(h -> h.name().equals("Cy"))
                .findFirst()
                .orElseThrow()
                .chosenProperty()
                .set(false);

        assertThat(fr.apply()).isEqualTo(2);
        assertThat(vm.editor().backstory().textProperty().get())
                .as("the open one changes in the editor")
                .isEqualTo("Ann keeps the light of Lakeside. Lakeside sleeps.");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
        assertThat(world.direct.get(ids.get(1)).fields().backstory())
                .as("nothing sent yet")
                .isEqualTo("Bo sails from rivertown at dawn.");
        assertThat(vm.library().filterProperty().get()).isEqualTo("has:draft");
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactlyInAnyOrder("Ann", "Bo");

        assertThat(vm.bulk().saveDrafts().join()).isTrue();
        assertThat(world.direct.get(ids.get(1)).fields().backstory()).isEqualTo("Bo sails from Lakeside at dawn.");
        assertThat(world.direct.get(ids.get(1)).fields().actions()).containsExactly("Ring the Lakeside bell");
        assertThat(world.direct.get(ids.get(2)).fields().backstory())
                .as("unticked")
                .contains("Rivertowns");
        assertThat(vm.save().join()).isTrue();
        assertThat(world.direct.get(ids.get(0)).fields().backstory()).contains("Lakeside sleeps.");
        assertThat(world.workspace.drafts().list("sandbox")).isEmpty();
    }

    @Test
    void aCharacterOpenedWithAReplacementDraftShowsTheDraft() {
        FindReplaceViewModel fr = findReplace("hills", "valley");
        assertThat(fr.apply()).isEqualTo(1);
        vm.openKnown(ids.get(3)).join();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Dee lives in the valley.");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
        assertThat(world.direct.get(ids.get(3)).fields().backstory()).isEqualTo("Dee lives in the hills.");
    }

    @Test
    void charactersWithoutABackstoryYetAreCountedAsNotSearched() {
        String later = world.direct.create(
                new CharacterFields("Eve", "AriaNeural", "Rivertown again.", List.of(), List.of("en-US")));
        vm.libraryCommands().syncWithAccount().join();
        FindReplaceViewModel fr = findReplace("Rivertown", "x");
        assertThat(fr.summaryProperty().get())
                .endsWith("1 not searched: their backstories are not here yet"
                        + " (Connection > Fetch missing backstories).");
        assertThat(fr.hits()).noneMatch(h -> h.id().equals(later));
    }

    @Test
    void deletedAndMissingCharactersAreLeftOutOfTheCountEvenWhenTheLibraryShowsThem() {
        world.direct.delete(ids.get(3), false);
        world.direct.delete(ids.get(2), false);
        vm.libraryCommands().syncWithAccount().join();
        vm.library().showGoneProperty().set(true);
        FindReplaceViewModel fr = findReplace("Rivertown", "x");
        assertThat(fr.summaryProperty().get()).isEqualTo("5 hits in 2 of 2 characters. 2 deleted or missing left out.");
        assertThat(fr.hits())
                .extracting(FindReplaceViewModel.CharacterHits::name)
                .containsExactlyInAnyOrder("Ann", "Bo");

        vm.library().selectedIds().setAll(ids);
        fr.selectionOnlyProperty().set(true);
        fr.preview().join();
        assertThat(fr.summaryProperty().get()).startsWith("5 hits in 2 of 2 characters.");
    }
}
