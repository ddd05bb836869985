package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.editor.EditorDialogs.LeaveChoice;
import io.characterstudio.ui.open.OpenDialogs.Found;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit > Recover discarded new characters…: the discarded edits of characters never saved (which
 * no character's History shows) are listed and one comes back as a new, unsaved character.
 */
class DiscardedNewCharactersTest {

    @TempDir
    Path dataDir;

    private static void typeNew(MainViewModel vm, String name, String backstory) {
        vm.newCharacter();
        vm.editor().nameProperty().set(name);
        vm.editor().backstory().textProperty().set(backstory);
    }

    @Test
    void dontSaveAndRevertOfNewCharactersAreListedAndRestoredAsNewUnsavedCharacters() {
        try (SandboxWorld world = new SandboxWorld(dataDir, Runnable::run)) {
            FakeDialogs dialogs = new FakeDialogs();
            MainViewModel vm = Apps.started(world, dialogs);
            String ann = world.direct.create(
                    new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of(), List.of("en-US")));
            vm.openWithoutAsking(new OpenRequest(ann)).join();
            vm.editor().backstory().textProperty().set("Edits of a saved character: they are in its History.");
            vm.revert().join();
            dialogs.leaveChoice = LeaveChoice.DISCARD;
            typeNew(vm, "Nell", "A ferry captain who never learned to swim.");
            typeNew(vm, "", "Only a backstory.");
            vm.revert().join();

            dialogs.recoverAnswer = found -> found.stream()
                    .filter(f -> f.name().equals("Nell"))
                    .findFirst()
                    .map(Found::id);
            assertThat(vm.recoverDiscardedNew().join()).isTrue();

            assertThat(dialogs.recoverAsked).singleElement().satisfies(rows -> {
                assertThat(rows).extracting(Found::name).containsExactly("(no name)", "Nell");
                assertThat(rows.get(1).detail())
                        .as("where it came from and when")
                        .startsWith("discarded by Don't save, ")
                        .endsWith(" \u00B7 8 words");
                assertThat(rows.get(0).detail())
                        .startsWith("discarded by Revert, ")
                        .endsWith(" \u00B7 3 words");
            });
            assertThat(vm.editor().snapshotProperty().get())
                    .as("a new character, not created")
                    .isNull();
            assertThat(vm.editor().nameProperty().get()).isEqualTo("Nell");
            assertThat(vm.editor().backstory().textProperty().get())
                    .isEqualTo("A ferry captain who never learned to swim.");
            assertThat(vm.editor().dirtyProperty().get()).isTrue();
            assertThat(vm.status().lastResultProperty().get())
                    .startsWith("Restored the discarded new character \"Nell\" from ")
                    .endsWith(": it is not saved yet; save (Ctrl+S) to create it.");
            assertThat(world.sandbox.characterCount())
                    .as("nothing created on the server")
                    .isEqualTo(1);
        }
    }

    @Test
    void cancelLeavesTheEditorAndNoneToRecoverSaysSo() {
        try (SandboxWorld world = new SandboxWorld(dataDir, Runnable::run)) {
            FakeDialogs dialogs = new FakeDialogs();
            MainViewModel vm = Apps.started(world, dialogs);
            assertThat(vm.recoverDiscardedNew().join()).isFalse();
            assertThat(dialogs.recoverAsked).as("no empty list is shown").isEmpty();
            assertThat(vm.status().lastResultProperty().get())
                    .isEqualTo("No discarded new characters on this connection: nothing to recover.");

            dialogs.leaveChoice = LeaveChoice.DISCARD;
            typeNew(vm, "Nell", "A ferry captain.");
            typeNew(vm, "Odo", "Typed and kept.");
            dialogs.leaveChoice = LeaveChoice.CANCEL;
            assertThat(vm.recoverDiscardedNew().join())
                    .as("unsaved edits: the user cancelled leaving")
                    .isFalse();
            assertThat(dialogs.recoverAsked).isEmpty();
            dialogs.leaveChoice = LeaveChoice.DISCARD;
            dialogs.recoverAnswer = found -> Optional.empty();
            assertThat(vm.recoverDiscardedNew().join()).isFalse();
            assertThat(dialogs.recoverAsked)
                    .singleElement()
                    .satisfies(rows -> assertThat(rows).extracting(Found::name).containsExactly("Odo", "Nell"));
        }
    }
}
