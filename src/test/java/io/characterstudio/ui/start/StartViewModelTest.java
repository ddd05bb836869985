package io.characterstudio.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.SandboxInfo;
import io.characterstudio.model.StartupInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StartViewModelTest {

    @Test
    void saysWhatItDoesUntilTheAppHasStarted() {
        StartViewModel vm = new StartViewModel(new CompletableFuture<>(), Runnable::run);
        assertThat(vm.statusProperty().get()).startsWith("Opening the workspace");
        assertThat(vm.startedProperty().get()).isFalse();
        assertThat(vm.failedProperty().get()).isFalse();
    }

    @Test
    void saysWhereTheSandboxListensOnceStarted() {
        CompletableFuture<StartupInfo> started = new CompletableFuture<>();
        StartViewModel vm = new StartViewModel(started, Runnable::run);
        started.complete(new StartupInfo(new SandboxInfo(URI.create("http://127.0.0.1:4321"), Path.of("/d")), 3));
        assertThat(vm.startedProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).contains("http://127.0.0.1:4321").contains("3 known characters");
    }

    @Test
    void aFailedStartIsShownWithTheReasonWithoutATrace() {
        CompletableFuture<StartupInfo> started = new CompletableFuture<>();
        StartViewModel vm = new StartViewModel(started, Runnable::run);
        started.completeExceptionally(new IOException("Could not open the sandbox database: disk full"));
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.startedProperty().get()).isFalse();
        assertThat(vm.statusProperty().get())
                .isEqualTo("Character Studio could not start. Could not open the sandbox database: disk full");
    }
}
