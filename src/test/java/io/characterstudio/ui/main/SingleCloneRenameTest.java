package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.RetryPolicy;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.service.CharacterService;
import io.characterstudio.testsupport.FailingPathHttpClient;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A single clone (Ctrl+D) whose rename fails says so, with the reason, and still opens the copy. */
class SingleCloneRenameTest {

    @TempDir
    Path dataDir;

    /** The app's view-model over the world, its service's renames failing as a dropped connection. */
    private static MainViewModel renamesFailing(SandboxWorld world, FakeDialogs dialogs) {
        ConvaiSettings settings = ConvaiSettings.of(world.sandbox.baseUri(), world.sandbox.apiKey())
                .withRetryPolicy(RetryPolicy.NONE);
        ConvaiClient renamesFail =
                new ConvaiClient(settings, SandboxWorld.JSON, new FailingPathHttpClient("/character/update"), d -> {});
        CharacterService service = new CharacterService(
                "sandbox",
                renamesFail,
                world.workspace.knownCharacters(),
                world.workspace.revisions(),
                world.workspace.tags(),
                Runnable::run);
        MainViewModel vm = Apps.over(world, dialogs).services(c -> service).build();
        vm.start().join();
        return vm;
    }

    @Test
    void aFailedRenameIsSaidTruthfullyAndTheCopyIsOpenUnderTheSourcesName() {
        try (SandboxWorld world = new SandboxWorld(dataDir, Runnable::run)) {
            FakeDialogs dialogs = new FakeDialogs();
            MainViewModel vm = renamesFailing(world, dialogs);
            cloneOnce(world, dialogs, vm);
        }
    }

    private static void cloneOnce(SandboxWorld world, FakeDialogs dialogs, MainViewModel vm) {
        String id = world.direct.create(
                new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of(), List.of("en-US")));
        assertThat(vm.openWithoutAsking(new OpenRequest(id)).join()).isTrue();
        dialogs.cloneAnswer = Optional.of(false);

        assertThat(vm.cloneCurrent().join()).isTrue();

        String copy = vm.editor().snapshotProperty().get().id();
        assertThat(copy).isNotEqualTo(id);
        assertThat(world.direct.get(copy).name()).isEqualTo("Ann");
        assertThat(vm.status().lastResultProperty().get())
                .startsWith("Cloned Ann; the copy keeps the name Ann because renaming it to \"Ann v1\" failed: ")
                .contains("broke before an answer came")
                .endsWith(" Now editing the copy.")
                .doesNotContain("\u2192");
        assertThat(vm.backToOriginalProperty().get()).isEqualTo("Ann");
    }
}
