package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.service.CharacterFiles.Format;
import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.Exported;
import io.characterstudio.service.TransferService.ImportItem;
import io.characterstudio.testsupport.SandboxWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Import matches known IDs first (clones included); export makes its folder and reads the workspace's copy. */
class TransferAtScaleTest {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Ann keeps the light.", List.of("Wave"), List.of("en-US"));

    @TempDir
    Path dataDir;

    @TempDir
    Path folder;

    private SandboxWorld world;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    /** Ann and two clones (same name and backstory), all known to the workspace with their full copy. */
    private List<String> castWithClones() {
        List<String> ids = new ArrayList<>();
        ids.add(world.service.create(ANN).join().character().id());
        ids.add(world.service.cloneCharacter(ids.get(0), false).join().id());
        ids.add(world.service.cloneCharacter(ids.get(0), false).join().id());
        return ids;
    }

    private List<Path> export(List<String> ids, Path to, TransferService.Source source) {
        List<ItemResult<String, Exported>> results = world.transfer
                .export(world.service, ids, to, EnumSet.of(Format.STUDIO), source, 2, Runnable::run, r -> {})
                .results()
                .join();
        assertThat(results).allSatisfy(r -> assertThat(r.failure()).isEmpty());
        return results.stream().map(r -> r.value().orElseThrow().files().get(0)).toList();
    }

    /** The export's log events from now on; the caller detaches it. */
    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        ((Logger) LoggerFactory.getLogger(FailureMessages.class)).addAppender(events);
        return events;
    }

    @Test
    void theSameEditToEveryExportedCloneUpdatesEachByItsIdAndSkipsNone() throws Exception {
        List<String> ids = castWithClones();
        assertThat(world.direct.get(ids.get(1)).fields().backstory()).isEqualTo(ANN.backstory());
        List<Path> files = export(ids, folder, TransferService.Source.WORKSPACE);
        for (Path f : files) {
            Files.writeString(f, Files.readString(f).replace("Ann keeps the light.", "Ann keeps the light. Always."));
        }

        List<ImportItem> plan =
                world.transfer.plan(world.service, files, Runnable::run).join();

        assertThat(plan)
                .extracting(ImportItem::action)
                .containsOnly(Action.UPDATE)
                .hasSize(3);
        assertThat(plan).extracting(i -> i.id().orElseThrow()).containsExactlyInAnyOrderElementsOf(ids);
        world.transfer
                .run(world.service, plan, 2, Runnable::run, r -> {})
                .results()
                .join();
        for (String id : ids) {
            assertThat(world.direct.get(id).fields().backstory()).isEqualTo("Ann keeps the light. Always.");
        }
    }

    @Test
    void theNameAndBackstoryRuleStillAppliesToItemsWithoutAKnownId() throws Exception {
        List<String> ids = castWithClones();
        String twin = "{\"format\": \"character-studio\", \"version\": 1, \"name\": \"Bo\", \"voiceType\":"
                + " \"AriaNeural\", \"backstory\": \"Bo sails.\", \"languageCodes\": [\"en-US\"]}";
        Path a = Files.writeString(folder.resolve("a.json"), twin);
        Path b = Files.writeString(folder.resolve("b.json"), twin);
        Path unknownId = Files.writeString(folder.resolve("c.json"), twin.replace("{", "{\"id\": \"nope-1\", "));
        Path knownId =
                Files.writeString(folder.resolve("d.json"), twin.replace("{", "{\"id\": \"" + ids.get(2) + "\", "));

        List<ImportItem> plan = world.transfer
                .plan(world.service, List.of(a, b, unknownId, knownId), Runnable::run)
                .join();

        assertThat(plan)
                .extracting(ImportItem::action)
                .containsExactly(Action.CREATE, Action.SKIP, Action.SKIP, Action.UPDATE);
        assertThat(plan.get(1).reason()).isEqualTo("the same character as a.json (same name and backstory)");
    }

    @Test
    void exportMakesAFolderThatDoesNotExist() throws Exception {
        List<String> ids = castWithClones();
        Path missing = folder.resolve("new").resolve("deeper");
        List<Path> files = export(ids, missing, TransferService.Source.WORKSPACE);
        assertThat(files)
                .hasSize(3)
                .allSatisfy(f -> assertThat(f).startsWith(missing).isRegularFile());
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedWithTheReasonLogged() throws Exception {
        Path blocker = Files.writeString(folder.resolve("a-file"), "x");
        ListAppender<ILoggingEvent> events = capture();
        try {
            assertThatThrownBy(() -> world.transfer.prepareFolder(blocker.resolve("out")))
                    .isInstanceOf(TransferService.FolderRefused.class)
                    .hasMessageStartingWith("Cannot export to " + blocker.resolve("out"))
                    .hasMessageContaining("is a file, not a folder");
        } finally {
            ((Logger) LoggerFactory.getLogger(FailureMessages.class)).detachAppender(events);
        }
        assertThat(events.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("Cannot export to");
            assertThat(e.getThrowableProxy()).isNotNull();
        });
    }

    @Test
    void everyFailedExportItemIsLoggedWithItsException() {
        List<String> ids = castWithClones();
        ListAppender<ILoggingEvent> events = capture();
        world.sandbox.close();
        try {
            List<ItemResult<String, Exported>> results = world.transfer
                    .export(
                            world.service,
                            ids,
                            folder,
                            EnumSet.of(Format.STUDIO),
                            TransferService.Source.SERVER,
                            1,
                            Runnable::run,
                            r -> {})
                    .results()
                    .join();
            assertThat(results).allSatisfy(r -> assertThat(r.failure()).isPresent());
        } finally {
            ((Logger) LoggerFactory.getLogger(FailureMessages.class)).detachAppender(events);
        }
        assertThat(events.list).hasSize(3).allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).startsWith("Export of ");
            assertThat(e.getThrowableProxy()).isNotNull();
        });
    }

    @Test
    void exportFromTheWorkspaceWorksOfflineAndSaysHowFreshItIs() throws Exception {
        List<String> ids = castWithClones();
        world.sandbox.close();
        List<ItemResult<String, Exported>> results = world.transfer
                .export(
                        world.service,
                        ids,
                        folder,
                        EnumSet.of(Format.STUDIO),
                        TransferService.Source.WORKSPACE,
                        2,
                        Runnable::run,
                        r -> {})
                .results()
                .join();
        assertThat(results)
                .allSatisfy(r -> assertThat(r.value().orElseThrow().notes())
                        .singleElement()
                        .asString()
                        .startsWith("exported from this computer's copy, last synced "));
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written).hasSize(3);
        }
        assertThat(Files.readString(results.get(1).value().orElseThrow().files().get(0)))
                .contains("Ann keeps the light.")
                .contains(ids.get(1));
    }

    @Test
    void aCharacterWhoseCopyIsIncompleteIsReadFromTheServerEvenFromTheWorkspace() throws Exception {
        String bo =
                world.direct.create(new CharacterFields("Bo", "AriaNeural", "Bo sails.", List.of(), List.of("en-US")));
        world.service.sync().withAccount().join();
        assertThat(world.workspace
                        .knownCharacters()
                        .find("sandbox", bo)
                        .orElseThrow()
                        .backstory())
                .isEmpty();
        List<ItemResult<String, Exported>> results = world.transfer
                .export(
                        world.service,
                        List.of(bo),
                        folder,
                        EnumSet.of(Format.STUDIO),
                        TransferService.Source.WORKSPACE,
                        1,
                        Runnable::run,
                        r -> {})
                .results()
                .join();
        Exported exported = results.get(0).value().orElseThrow();
        assertThat(exported.notes()).isEmpty();
        assertThat(Files.readString(exported.files().get(0))).contains("Bo sails.");
    }
}
