package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.RetryPolicy;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.service.CharacterService;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault drills: with each fault the sandbox can inject, every editor operation ends in a clear
 * message, the typed text and its draft stay, and nothing is half done.
 */
class FaultDrillsTest {

    enum Fault {
        TIMEOUT(FaultSettings.NONE.withLatency(1500)),
        SERVER_ERROR(FaultSettings.NONE.withServerErrors(1.0)),
        RATE_LIMITED(FaultSettings.NONE.withRateLimits(1.0, 3)),
        NOT_JSON(FaultSettings.NONE.withNonJson(1.0)),
        DROPPED(FaultSettings.NONE.withDrops(1.0));

        final FaultSettings settings;

        Fault(FaultSettings settings) {
            this.settings = settings;
        }
    }

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Fault.class)
    void everyOperationEndsInAClearMessageWithTheTextAndDraftIntact(Fault fault) {
        try (SandboxWorld world = new SandboxWorld(dataDir, Runnable::run)) {
            ConvaiSettings quick = ConvaiSettings.of(world.sandbox.baseUri(), world.sandbox.apiKey())
                    .withRequestTimeout(Duration.ofMillis(500))
                    .withRetryPolicy(RetryPolicy.NONE);
            CharacterService service = new CharacterService(
                    "sandbox",
                    new ConvaiClient(quick, SandboxWorld.JSON),
                    world.workspace.knownCharacters(),
                    world.workspace.revisions(),
                    world.workspace.tags(),
                    Runnable::run);
            FakeDialogs dialogs = new FakeDialogs();
            dialogs.deleteAnswer = true;
            dialogs.cloneAnswer = Optional.of(true);
            MainViewModel vm = Apps.over(world, dialogs).services(c -> service).build();
            vm.start().join();
            String id = world.direct.create(ANN);
            assertThat(vm.openWithoutAsking(new OpenRequest(id)).join()).isTrue();
            vm.editor().backstory().textProperty().set("Typed before the fault.");

            world.sandbox.faults().set(fault.settings);
            assertThat(vm.save().join()).as("save").isFalse();
            assertThat(vm.editor().errorProperty().get())
                    .as("save message")
                    .startsWith("Not saved. ")
                    .hasSizeLessThan(200);
            vm.reload();
            assertThat(vm.editor().errorProperty().get()).as("reload message").isNotBlank();
            assertThat(vm.cloneCurrent().join()).as("clone").isFalse();
            assertThat(vm.deleteCurrent().join()).as("delete").isFalse();
            assertThat(vm.openWithoutAsking(new OpenRequest("Ann")).join())
                    .as("open")
                    .isFalse();
            assertThat(vm.status().lastFailedProperty().get()).isTrue();
            assertThat(vm.status().lastResultProperty().get())
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");

            assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Typed before the fault.");
            assertThat(world.workspace.drafts().list("sandbox"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.fields().backstory()).isEqualTo("Typed before the fault."));
            assertThat(world.workspace.trash().list("sandbox"))
                    .as("no trash entry for a character still there")
                    .isEmpty();

            world.sandbox.faults().clear();
            assertThat(world.direct.get(id).fields())
                    .as("nothing half done on the server")
                    .isEqualTo(ANN);
            assertThat(vm.save().join()).as("works again once the fault stops").isTrue();
            assertThat(world.workspace.drafts().list("sandbox")).isEmpty();
        }
    }

    @Test
    void readsRecoverByThemselvesFromPassingFaults() {
        try (SandboxWorld world = new SandboxWorld(dataDir, Runnable::run)) {
            String id = world.direct.create(ANN);
            RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(1));
            ConvaiClient reader = new ConvaiClient(
                    ConvaiSettings.of(world.sandbox.baseUri(), world.sandbox.apiKey())
                            .withRetryPolicy(policy),
                    SandboxWorld.JSON,
                    java.net.http.HttpClient.newHttpClient(),
                    d -> {});
            world.sandbox
                    .faults()
                    .set(FaultSettings.NONE.withServerErrors(0.3).withDrops(0.2).withNonJson(0.1));
            for (int i = 0; i < 20; i++) {
                ServerCharacter c = reader.get(id);
                assertThat(c.fields()).isEqualTo(ANN);
            }
        }
    }
}
