package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.library.LibraryItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Sync with account" merges the account's list into the library and says what changed. */
class SyncTest {

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
        return world.direct.create(
                new CharacterFields(name, "AriaNeural", name + "'s story.", List.of(), List.of("en-US")));
    }

    @Test
    void newRenamedAndGoneCharactersAreMergedAndReported() {
        String ann = create("Ann");
        String bo = create("Bo");
        assertThat(vm.libraryCommands().syncWithAccount().join()).isTrue();
        assertThat(vm.status().lastResultProperty().get())
                .isEqualTo("Synced: 2 characters on the account; 2 new, 0 renamed, 0 gone from the account.");
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Ann", "Bo");
        KnownCharacter imported =
                world.workspace.knownCharacters().find("sandbox", ann).orElseThrow();
        assertThat(imported.origin()).isEqualTo(KnownCharacter.Origin.IMPORTED);
        assertThat(imported.backstory()).as("fetched when opened").isEmpty();

        world.direct.update(ann, new CharacterUpdate("Ann Renamed", null, null, null, null), false);
        world.direct.delete(bo, false);
        String cy = create("Cy");
        assertThat(vm.libraryCommands().syncWithAccount().join()).isTrue();
        assertThat(vm.status().lastResultProperty().get())
                .isEqualTo("Synced: 2 characters on the account; 1 new, 1 renamed, 1 gone from the account.");
        assertThat(world.workspace
                        .knownCharacters()
                        .find("sandbox", bo)
                        .orElseThrow()
                        .status())
                .isEqualTo(KnownCharacter.Status.MISSING);
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Ann Renamed", "Cy");
        assertThat(vm.library().hiddenTextProperty().get())
                .as("a missing row is hidden")
                .isEqualTo("1 missing hidden");
        assertThat(world.workspace.knownCharacters().find("sandbox", cy)).isPresent();

        assertThat(vm.openKnown(ann).join()).isTrue();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Ann's story.");
    }

    @Test
    void aFailedSyncChangesNothingAndSaysWhy() {
        create("Ann");
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(vm.libraryCommands().syncWithAccount().join()).isFalse();
        assertThat(vm.status().lastResultProperty().get()).startsWith("Sync failed: The server failed");
        assertThat(vm.library().visible()).isEmpty();
    }
}
