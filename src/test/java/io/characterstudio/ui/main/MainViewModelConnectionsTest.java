package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.ConnectionDraft;
import io.characterstudio.testsupport.RefusingServer;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switching connections, copying between them, a refused key and a server that is down. */
class MainViewModelConnectionsTest {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private Sandbox teammate;
    private ConnectionInfo teammateConnection;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;

    @BeforeEach
    void start() throws Exception {
        world = new SandboxWorld(dataDir, Runnable::run);
        teammate = Sandbox.start(SandboxConfig.inMemory().withApiKey("teammate-key"));
        teammateConnection = world.connections.save(
                new ConnectionDraft(null, "Teammate", teammate.baseUri().toString(), "teammate-key", true));
        vm = newViewModel();
        vm.start().join();
    }

    private MainViewModel newViewModel() {
        return Apps.over(world, dialogs).build();
    }

    @AfterEach
    void stop() {
        teammate.close();
        world.close();
    }

    @Test
    void eachConnectionHasItsOwnLibraryAndTheLastOneIsReopened() {
        String ann = world.direct.create(ANN);
        vm.openWithoutAsking(new OpenRequest(ann)).join();
        assertThat(vm.switchTo(teammateConnection).join()).isTrue();
        assertThat(vm.connection()).isEqualTo(teammateConnection);
        assertThat(vm.windowTitleProperty().get()).isEqualTo("Character Studio — Teammate");
        assertThat(vm.editor().openProperty().get()).isFalse();
        assertThat(vm.library().visible()).isEmpty();

        vm.newCharacter();
        vm.editor().nameProperty().set("Bo");
        vm.editor().voice().voiceProperty().set("AriaNeural");
        vm.editor().backstory().textProperty().set("A sailor.");
        assertThat(vm.save().join()).isTrue();
        assertThat(teammate.characterCount()).isEqualTo(1);
        assertThat(world.sandbox.characterCount()).isEqualTo(1);
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Bo");

        assertThat(vm.switchTo(world.connection).join()).isTrue();
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Ann");
        assertThat(vm.editor().snapshotProperty().get().id())
                .as("its last character is reopened")
                .isEqualTo(ann);

        vm.switchTo(teammateConnection).join();
        MainViewModel again = newViewModel();
        again.start().join();
        assertThat(again.connection())
                .as("the app opens on the connection used last")
                .isEqualTo(teammateConnection);
        assertThat(again.editor().snapshotProperty().get().name()).isEqualTo("Bo");
    }

    @Test
    void aConnectionsServiceIsMadeOffTheWindowsThreadWhenSwitchingAndCopying() throws Exception {
        List<String> madeOn = new CopyOnWriteArrayList<>();
        ExecutorService connecting = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-connecting"));
        try {
            MainViewModel app = Apps.over(world, dialogs)
                    .connecting(connecting)
                    .services(c -> {
                        madeOn.add(c.name() + " on " + Thread.currentThread().getName());
                        return world.serviceFor(c);
                    })
                    .build();
            app.start().join();
            madeOn.clear();
            assertThat(app.switchTo(teammateConnection).join()).isTrue();
            assertThat(app.connection()).isEqualTo(teammateConnection);
            assertThat(madeOn).containsExactly("Teammate on test-connecting");

            madeOn.clear();
            assertThat(app.switchTo(world.connection).join()).isTrue();
            String ann = world.direct.create(ANN);
            app.openWithoutAsking(new OpenRequest(ann)).join();
            dialogs.copyTarget = Optional.of(teammateConnection);
            assertThat(app.copyTo().join()).isTrue();
            assertThat(madeOn)
                    .allMatch(made -> made.endsWith(" on test-connecting"))
                    .hasSize(2);
        } finally {
            connecting.shutdownNow();
        }
    }

    @Test
    void copyToCreatesTheCharacterOnTheOtherConnectionAndRecordsTheLink() {
        String ann = world.direct.create(new CharacterFields(
                "Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave", "Nod"), List.of("en-US")));
        world.direct.update(
                ann,
                new io.characterstudio.model.CharacterUpdate(null, null, null, null, List.of("fr-FR", "en-US")),
                false);
        vm.openWithoutAsking(new OpenRequest(ann)).join();
        dialogs.copyTarget = Optional.of(teammateConnection);
        assertThat(vm.copyTo().join()).isTrue();
        assertThat(dialogs.asked).contains("copy:Ann:1");
        String copy = teammate.characterCount() == 1
                ? vm.status().lastResultProperty().get().replaceAll(".* as ([0-9a-f-]{36})\\.$", "$1")
                : "";
        io.characterstudio.convai.ConvaiClient teammateClient = new io.characterstudio.convai.ConvaiClient(
                world.connections.settingsFor(teammateConnection), SandboxWorld.JSON);
        assertThat(teammateClient.get(copy).fields())
                .isEqualTo(world.direct.get(ann).fields());
        assertThat(world.workspace.connections().copiedFrom(teammateConnection.id(), copy))
                .hasValueSatisfying(from -> assertThat(from).containsExactly("sandbox", ann));
    }

    @Test
    void aRefusedKeyOffersTheConnectionDialog() throws Exception {
        try (RefusingServer refusing = new RefusingServer()) {
            ConnectionInfo convai =
                    world.connections.save(new ConnectionDraft(null, "Studio", refusing.url(), "expired-key", false));
            vm.switchTo(convai).join();
            assertThat(vm.windowTitleProperty().get()).endsWith("Studio (live Convai)");
            dialogs.confirmAnswer = true;
            assertThat(vm.openWithoutAsking(new OpenRequest("Ann")).join()).isFalse();
            assertThat(dialogs.asked).contains("confirm:Invalid key", "connection");
            assertThat(vm.status().lastResultProperty().get()).contains("API key was refused");
        }
    }

    @Test
    void aServerThatIsDownMarksTheConnectionOfflineAndKeepsTheLibrary() {
        String ann = world.direct.create(ANN);
        vm.openWithoutAsking(new OpenRequest(ann)).join();
        vm.editor().backstory().textProperty().set("Typed while offline.");
        world.sandbox.faults().set(FaultSettings.NONE.withDrops(1.0));
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.status().offlineProperty().get()).isTrue();
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Ann");
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Typed while offline.");
        world.sandbox.faults().clear();
        assertThat(vm.save().join()).isTrue();
        assertThat(vm.status().offlineProperty().get()).isFalse();
    }

    @Test
    void removingTheActiveConnectionAsksFirstGoesToTheSandboxAndKeepsItsCharactersInTheWorkspace() {
        assertThat(vm.switchTo(teammateConnection).join()).isTrue();
        String bo = new io.characterstudio.convai.ConvaiClient(
                        io.characterstudio.convai.ConvaiSettings.of(teammate.baseUri(), "teammate-key"),
                        SandboxWorld.JSON)
                .create(ANN);
        assertThat(vm.openWithoutAsking(new OpenRequest(bo)).join()).isTrue();

        dialogs.confirmAnswer = false;
        assertThat(vm.removeConnection().join()).isFalse();
        assertThat(dialogs.asked).contains("confirm:Remove connection");
        assertThat(vm.connection()).isEqualTo(teammateConnection);
        assertThat(vm.connections().all()).contains(teammateConnection);

        dialogs.confirmAnswer = true;
        dialogs.confirmByTitle.put(ConnectionRemoval.CHARACTERS_TITLE, false);
        assertThat(vm.removeConnection().join()).isTrue();
        assertThat(vm.connection().id()).isEqualTo("sandbox");
        assertThat(vm.connections().all()).extracting(ConnectionInfo::id).containsExactly("sandbox");
        assertThat(world.connections.find(teammateConnection.id())).isEmpty();
        assertThat(world.connections.hasStoredKey(teammateConnection.id())).isFalse();
        assertThat(world.workspace.knownCharacters().find(teammateConnection.id(), bo))
                .as("kept in the workspace")
                .isPresent();
        assertThat(vm.status().lastResultProperty().get())
                .isEqualTo("Removed the connection \"Teammate\"; its 1 character stays in the workspace.");

        assertThat(vm.removeConnection().join())
                .as("the built-in sandbox stays")
                .isFalse();
        assertThat(vm.status().lastResultProperty().get()).isEqualTo("The built-in sandbox cannot be removed.");
        assertThat(vm.connections().all()).hasSize(1);
    }

    @Test
    void removingAConnectionSaysHowManyCharactersAndDraftsItHasAndCanRemoveItsCharactersFromTheLibrary() {
        assertThat(vm.switchTo(teammateConnection).join()).isTrue();
        io.characterstudio.convai.ConvaiClient teammateClient = new io.characterstudio.convai.ConvaiClient(
                io.characterstudio.convai.ConvaiSettings.of(teammate.baseUri(), "teammate-key"), SandboxWorld.JSON);
        String bo = teammateClient.create(ANN);
        String cy =
                teammateClient.create(new CharacterFields("Cy", "MALE", "Rows boats.", List.of(), List.of("en-US")));
        assertThat(vm.openWithoutAsking(new OpenRequest(bo)).join()).isTrue();
        assertThat(vm.openWithoutAsking(new OpenRequest(cy)).join()).isTrue();
        world.drafts.update(new io.characterstudio.model.Draft(
                teammateConnection.id(),
                bo,
                Optional.of(bo),
                new CharacterFields("Bo", "AriaNeural", "Typed and not saved.", List.of(), List.of("en-US")),
                Optional.of(ANN),
                java.time.Instant.now()));
        world.workspace.revisions().add(teammateConnection.id(), bo, ANN, "t1");

        dialogs.confirmAnswer = true;
        assertThat(vm.removeConnection().join()).isTrue();

        assertThat(dialogs.asked)
                .containsSubsequence("confirm:Remove connection", "confirm:" + ConnectionRemoval.CHARACTERS_TITLE);
        assertThat(dialogs.questions.get(0))
                .contains("Its 2 characters in your library stay in the workspace; you are asked next whether to"
                        + " remove them too.")
                .contains("1 unsaved draft is not shown once it is removed: cancel and save them first");
        assertThat(dialogs.questions.get(1))
                .startsWith("Also remove the 2 characters of \"Teammate\" from"
                        + " your library? Only this computer's list changes: nothing is deleted on the server.");
        assertThat(world.workspace.knownCharacters().list(teammateConnection.id()))
                .isEmpty();
        assertThat(teammate.characterCount())
                .as("nothing deleted on the server")
                .isEqualTo(2);
        assertThat(world.workspace.drafts().list(teammateConnection.id()))
                .as("the draft stays")
                .hasSize(1);
        assertThat(world.workspace.revisions().list(teammateConnection.id(), bo))
                .as("the history stays")
                .isNotEmpty();
        assertThat(vm.status().lastResultProperty().get())
                .isEqualTo("Removed the connection \"Teammate\" and its 2 characters from the library.");
        assertThat(vm.connection().id()).isEqualTo("sandbox");
    }
}
