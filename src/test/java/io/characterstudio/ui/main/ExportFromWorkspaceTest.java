package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.service.CharacterFiles.Format;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.transfer.TransferDialogs.ExportRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export all" makes a missing folder or refuses before any work, and works offline from the workspace. */
class ExportFromWorkspaceTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path folder;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        vm = Apps.started(world, dialogs);
        for (String name : List.of("Ann", "Bo", "Cy")) {
            world.service
                    .create(new CharacterFields(
                            name, "AriaNeural", name + " keeps the light.", List.of(), List.of("en-US")))
                    .join();
        }
        vm.library().refresh().join();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private List<String> files(Path in) throws Exception {
        try (Stream<Path> list = Files.list(in)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void offlineExportAllComesFromThisComputersCopyAndSaysHowFreshItIs() throws Exception {
        world.sandbox.close();
        Path out = folder.resolve("not-yet");
        dialogs.exportAnswer = Optional.of(new ExportRequest(out, EnumSet.of(Format.STUDIO)));
        assertThat(vm.transfer().exportAll().join()).isTrue();
        assertThat(files(out)).hasSize(3);
        assertThat(dialogs.reports)
                .singleElement()
                .asString()
                .contains("exported from this computer's copy, last synced ");
    }

    @Test
    void refreshFromTheServerFirstReadsEveryCharacterAgain() {
        world.sandbox.close();
        dialogs.exportAnswer = Optional.of(new ExportRequest(folder, EnumSet.of(Format.STUDIO), true));
        assertThat(vm.transfer().exportAll().join())
                .as("offline, a refresh cannot succeed")
                .isFalse();
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedWithTheReasonBeforeAnyCharacterIsRead() throws Exception {
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        Path blocker = Files.writeString(folder.resolve("a-file"), "x");
        dialogs.exportAnswer = Optional.of(new ExportRequest(blocker.resolve("out"), EnumSet.of(Format.STUDIO), true));
        assertThat(vm.transfer().exportAll().join()).isFalse();
        assertThat(dialogs.reports).as("no run started, so nothing was read").isEmpty();
        assertThat(vm.status().lastResultProperty().get())
                .startsWith("Cannot export to " + blocker.resolve("out"))
                .contains("is a file, not a folder")
                .endsWith("Nothing was exported.");
        assertThat(files(folder)).containsExactly("a-file");
    }
}
