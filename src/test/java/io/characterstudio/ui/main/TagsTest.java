package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Local tags and the star: added to the selection, filtered by, kept across restarts. */
class TagsTest {

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> ids = new ArrayList<>();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = SandboxWorld.inMemory(Runnable::run);
        for (String name : List.of("Ann", "Bo", "Cy")) {
            ids.add(world.direct.create(
                    new CharacterFields(name, "AriaNeural", name + ".", List.of(), List.of("en-US"))));
        }
        vm = Apps.started(world, dialogs);
        vm.libraryCommands().syncWithAccount().join();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void theSelectionIsTaggedAndTheFilterFindsItByTag() {
        vm.library().selectedIds().setAll(ids.subList(0, 2));
        dialogs.tagAnswer = Optional.of(" #Harbour ");
        assertThat(vm.libraryCommands().tagSelected(true).join()).isTrue();
        assertThat(dialogs.asked).contains("tag:2");
        vm.library().filterProperty().set("#harbour");
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Ann", "Bo");
        assertThat(vm.library().visible().get(0).tagText()).isEqualTo("#harbour");

        vm.library().selectedIds().setAll(ids.subList(1, 2));
        assertThat(vm.libraryCommands().tagSelected(false).join()).isTrue();
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Ann");

        MainViewModel again = Apps.started(world, dialogs);
        again.library().filterProperty().set("#HARBOUR");
        assertThat(again.library().visible())
                .as("kept across restarts")
                .extracting(LibraryItem::name)
                .containsExactly("Ann");
    }

    @Test
    void theOpenCharacterIsStarredAndUnstarred() {
        vm.openWithoutAsking(new OpenRequest(ids.get(2))).join();
        assertThat(vm.libraryCommands().toggleFavourite().join()).isTrue();
        vm.library().filterProperty().set("*");
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Cy");
        assertThat(vm.library().visible().get(0).favourite()).isTrue();
        assertThat(vm.libraryCommands().toggleFavourite().join()).isTrue();
        assertThat(vm.library().visible()).isEmpty();
    }

    @Test
    void aBlankTagOrACancelledDialogChangesNothing() {
        vm.library().selectedIds().setAll(ids);
        dialogs.tagAnswer = Optional.of("  # ");
        assertThat(vm.libraryCommands().tagSelected(true).join()).isFalse();
        dialogs.tagAnswer = Optional.empty();
        assertThat(vm.libraryCommands().tagSelected(true).join()).isFalse();
        assertThat(world.workspace.tags().all("sandbox")).isEmpty();
    }
}
