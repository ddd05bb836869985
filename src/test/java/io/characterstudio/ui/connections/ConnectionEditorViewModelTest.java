package io.characterstudio.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.ConnectionCheck;
import io.characterstudio.testsupport.SandboxWorld;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection dialog's state and commands, without a toolkit. */
class ConnectionEditorViewModelTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private Sandbox teammate;

    @BeforeEach
    void start() throws Exception {
        world = new SandboxWorld(dataDir, Runnable::run);
        teammate = Sandbox.start(SandboxConfig.inMemory().withApiKey("teammate-key"));
    }

    @AfterEach
    void stop() {
        teammate.close();
        world.close();
    }

    @Test
    void aNewConnectionStartsOnConvaiAndCannotBeSavedUntilItIsValid() {
        ConnectionEditorViewModel vm = ConnectionEditorViewModel.forNew(world.connections, Runnable::run);
        assertThat(vm.isNew()).isTrue();
        assertThat(vm.baseUrlProperty().get()).isEqualTo("https://api.convai.com");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.problemsProperty().get())
                .contains("Give the connection a name.")
                .contains("needs an API key");
        vm.nameProperty().set("Studio");
        vm.apiKeyProperty().set(" key-1 ");
        assertThat(vm.problemsProperty().get()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.baseUrlProperty().set("api.convai.com");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.problemsProperty().get()).contains("http:// or https://");
        assertThat(vm.save().join()).isEmpty();
        assertThat(vm.saveErrorProperty().get()).contains("http:// or https://");
        assertThat(world.connections.all()).hasSize(1);
    }

    @Test
    void aNewConnectionShowsACalmHintUntilAFieldIsLeftOrSaveIsPressed() {
        ConnectionEditorViewModel vm = ConnectionEditorViewModel.forNew(world.connections, Runnable::run);
        assertThat(vm.messageProperty().get()).isEqualTo("Required: a name and an API key.");
        assertThat(vm.hintProperty().get()).isTrue();
        vm.left(ConnectionEditorViewModel.Field.NAME);
        assertThat(vm.messageProperty().get()).isEqualTo("Give the connection a name.");
        assertThat(vm.hintProperty().get()).isFalse();
        vm.nameProperty().set("Studio");
        assertThat(vm.messageProperty().get()).isEqualTo("Required: an API key.");
        assertThat(vm.hintProperty().get()).isTrue();
        vm.baseUrlProperty().set("api.convai.com");
        assertThat(vm.messageProperty().get())
                .as("a typed mistake shows at once")
                .contains("http:// or https://")
                .doesNotContain("needs an API key");
        assertThat(vm.hintProperty().get()).isFalse();

        ConnectionEditorViewModel pressed = ConnectionEditorViewModel.forNew(world.connections, Runnable::run);
        pressed.revealAll();
        assertThat(pressed.messageProperty().get())
                .isEqualTo("Give the connection a name. A Convai connection needs an API key.");
        assertThat(pressed.hintProperty().get()).isFalse();

        ConnectionEditorViewModel typed = ConnectionEditorViewModel.forNew(world.connections, Runnable::run);
        typed.apiKeyProperty().set("k");
        typed.apiKeyProperty().set("");
        assertThat(typed.messageProperty().get())
                .as("a key typed and deleted again")
                .contains("needs an API key");
    }

    private ConnectionEditorViewModel teammateWithWrongKey() {
        ConnectionEditorViewModel vm = ConnectionEditorViewModel.forNew(world.connections, Runnable::run);
        vm.nameProperty().set("Teammate");
        vm.baseUrlProperty().set(teammate.baseUri().toString());
        vm.sandboxProperty().set(true);
        vm.apiKeyProperty().set("wrong");
        return vm;
    }

    @Test
    void testConnectionShowsTheOutcomeAndTheTime() {
        ConnectionEditorViewModel vm = teammateWithWrongKey();
        vm.test().join();
        assertThat(vm.testOutcomeProperty().get()).isEqualTo(ConnectionCheck.Outcome.INVALID_KEY);
        assertThat(vm.testResultProperty().get()).startsWith("Invalid key");
        vm.apiKeyProperty().set("teammate-key");
        vm.test().join();
        assertThat(vm.testOutcomeProperty().get()).isEqualTo(ConnectionCheck.Outcome.OK);
        assertThat(vm.testResultProperty().get()).matches("Connected: the server offers 384 voices \\(\\d+ ms\\)\\.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void savingStoresTheConnectionAndEditingKeepsTheKey() {
        ConnectionEditorViewModel vm = ConnectionEditorViewModel.forNew(world.connections, Runnable::run);
        vm.nameProperty().set("Teammate");
        vm.baseUrlProperty().set(teammate.baseUri().toString());
        vm.sandboxProperty().set(true);
        vm.apiKeyProperty().set("teammate-key");
        Optional<ConnectionInfo> saved = vm.save().join();
        assertThat(saved).isPresent();
        assertThat(world.connections.all())
                .extracting(ConnectionInfo::name)
                .containsExactly("Sandbox (this computer)", "Teammate");

        ConnectionEditorViewModel edit = ConnectionEditorViewModel.forEdit(
                world.connections,
                saved.get(),
                world.connections.hasStoredKey(saved.get().id()),
                Runnable::run);
        assertThat(edit.keyPrompt()).contains("Stored");
        assertThat(edit.apiKeyProperty().get())
                .as("the stored key is never shown back")
                .isEmpty();
        edit.nameProperty().set("Teammate (Ben)");
        assertThat(edit.save().join()).isPresent();
        assertThat(world.connections
                        .settingsFor(world.connections.find(saved.get().id()).orElseThrow())
                        .apiKey())
                .isEqualTo("teammate-key");
    }

    @Test
    void savingAfterAFailedTestAsksFirstAndOnlyForWhatWasTested() {
        ConnectionEditorViewModel vm = teammateWithWrongKey();
        assertThat(vm.saveQuestion()).as("not tested: nothing to ask").isEmpty();
        vm.test().join();
        assertThat(vm.saveQuestion())
                .hasValueSatisfying(q -> assertThat(q)
                        .matches(
                                "The test failed: Invalid key: the server refused it \\(\\d+ ms\\)\\. Save anyway\\?"));
        vm.nameProperty().set("Teammate (Ben)");
        assertThat(vm.saveQuestion())
                .as("changed since the test: not what was tested")
                .isEmpty();
        vm.nameProperty().set("Teammate");
        assertThat(vm.saveQuestion()).isPresent();
        vm.apiKeyProperty().set("teammate-key");
        assertThat(vm.saveQuestion()).isEmpty();
        vm.test().join();
        assertThat(vm.saveQuestion()).as("a passed test asks nothing").isEmpty();
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedWithAHelpfulMessage() {
        ConnectionEditorViewModel vm = ConnectionEditorViewModel.forNew(world.connections, Runnable::run);
        vm.nameProperty().set("Studio");
        vm.apiKeyProperty().set("key-1");
        vm.baseUrlProperty().set("http://api.convai.com");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.problemsProperty().get())
                .isEqualTo("Use https:// – a key sent over http:// can be read on the"
                        + " way. Plain http:// is allowed only for this computer (localhost, 127.0.0.1).");
        vm.test().join();
        assertThat(vm.testResultProperty().get()).contains("Use https://");
        vm.baseUrlProperty().set("http://localhost:8765");
        assertThat(vm.problemsProperty().get()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();
    }
}
