package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.service.CharacterFiles.Format;
import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.Exported;
import io.characterstudio.service.TransferService.ImportItem;
import io.characterstudio.testsupport.AsciiOnlyPathType;
import io.characterstudio.testsupport.SandboxWorld;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning an import file by file, and export names a file system refuses. */
class TransferServiceTest {

    private static final String GOOD = "{\"format\": \"character-studio\", \"version\": 1, \"name\": \"%s\","
            + " \"voiceType\": \"AriaNeural\", \"backstory\": \"%s\", \"languageCodes\": [\"en-US\"]}";

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

    @Test
    void eachBadFileFailsAloneWithItsReasonAndTheGoodOnesArePlanned() throws Exception {
        Path first = write(
                "first.json",
                GOOD.formatted("Ann", "Ann keeps the light.").replace("}", ", \"tags\": [\"\", \"  \", \"Bard\"]}"));
        Path overflow = write(
                "overflow.json", "{\"format\": \"character-studio\", \"version\": 99999999999," + " \"name\": \"X\"}");
        Path infinite =
                write("infinite.json", "{\"format\": \"character-studio\", \"version\": 1e400, \"name\": \"X\"}");
        Path array = write("array.json", "[{\"format\": \"character-studio\", \"name\": \"X\"}]");
        Path bom = folder.resolve("bom.json");
        Files.write(
                bom, ("\uFEFF" + GOOD.formatted("Bo", "Bo sails.")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path crlf = write("crlf.json", GOOD.formatted("Cy", "Cy hums.").replace(", ", ",\r\n"));
        FileSystem closed = Jimfs.newFileSystem(Configuration.unix());
        Path gone = Files.writeString(closed.getPath("/gone.json"), GOOD.formatted("Gone", "Gone."));
        closed.close();
        Path other = Files.createDirectory(folder.resolve("other"));
        Path sameName = Files.writeString(other.resolve("first.json"), GOOD.formatted("Dee", "Dee digs."));

        List<ImportItem> plan = world.transfer
                .plan(
                        world.service,
                        List.of(first, overflow, infinite, gone, array, bom, crlf, sameName),
                        Runnable::run)
                .join();

        Map<String, ImportItem> byKey = plan.stream().collect(Collectors.toMap(ImportItem::key, i -> i));
        assertThat(byKey.keySet())
                .containsExactlyInAnyOrder(
                        "first.json",
                        "overflow.json",
                        "infinite.json",
                        "gone.json",
                        "array.json",
                        "bom.json",
                        "crlf.json",
                        "first.json (2)");
        assertThat(byKey.get("overflow.json").reason())
                .isEqualTo("written by a newer Character Studio (version 99999999999)");
        assertThat(byKey.get("infinite.json").reason()).startsWith("\"version\" must be 1");
        assertThat(byKey.get("array.json").reason()).isEqualTo("not a character file (the JSON is not an object)");
        assertThat(byKey.get("gone.json").reason()).startsWith("cannot be read (ClosedFileSystemException");
        assertThat(plan)
                .filteredOn(i -> i.action() == Action.INVALID)
                .extracting(ImportItem::key)
                .containsExactlyInAnyOrder("overflow.json", "infinite.json", "gone.json", "array.json");
        assertThat(plan)
                .filteredOn(i -> i.action() == Action.CREATE)
                .extracting(ImportItem::title)
                .containsExactly("Ann", "Bo", "Cy", "Dee");

        List<ItemResult<String, String>> run = world.transfer
                .run(world.service, plan, 2, Runnable::run, r -> {})
                .results()
                .join();
        assertThat(run).allMatch(ItemResult::succeeded).hasSize(4);
        assertThat(world.sandbox.characterCount()).isEqualTo(4);
        assertThat(world.workspace
                        .tags()
                        .all("sandbox")
                        .get(world.direct.getByName("Ann").id()))
                .as("blank tags are dropped")
                .containsExactly("bard");
    }

    @Test
    void aBackstoryThatCannotBeReadForTheDuplicateCheckIsAPerItemFailureNotAnEmptyBackstory() throws Exception {
        world.direct.create(
                new CharacterFields("Ann", "AriaNeural", "Ann keeps the light.", List.of(), List.of("en-US")));
        world.service.sync().withAccount().join();
        world.service.languages().join();
        Path same = write("ann.json", GOOD.formatted("Ann", "Ann keeps the light."));
        Path other = write("bo.json", GOOD.formatted("Bo", "Bo sails."));
        world.sandbox.faults().set(io.characterstudio.sandbox.FaultSettings.NONE.withServerErrors(1.0));

        List<ImportItem> plan = world.transfer
                .plan(world.service, List.of(same, other), Runnable::run)
                .join();

        ImportItem ann = plan.get(0);
        assertThat(ann.action()).as("never a CREATE that may duplicate Ann").isEqualTo(Action.INVALID);
        assertThat(ann.reason())
                .startsWith("could not be compared with \"Ann\"")
                .contains("backstory");
        assertThat(plan.get(1).action()).isEqualTo(Action.CREATE);
    }

    @Test
    void aNameTheFileSystemRefusesIsSavedAsCharacterIdAndTheReportSaysSo() throws Exception {
        String zoe = world.direct.create(
                new CharacterFields("Zoë", "AriaNeural", "Zoë sings.", List.of(), List.of("en-US")));
        String ann = world.direct.create(new CharacterFields("Ann", "AriaNeural", "Ann.", List.of(), List.of("en-US")));
        try (FileSystem ascii = Jimfs.newFileSystem(AsciiOnlyPathType.configuration())) {
            Path out = Files.createDirectories(ascii.getPath("/export"));
            List<ItemResult<String, Exported>> results = world.transfer
                    .export(
                            world.service,
                            List.of(zoe, ann),
                            out,
                            EnumSet.of(Format.STUDIO, Format.CARD_V2),
                            TransferService.Source.SERVER,
                            1,
                            Runnable::run,
                            r -> {})
                    .results()
                    .join();

            Exported zoeFiles = results.get(0).value().orElseThrow();
            assertThat(zoeFiles.files())
                    .extracting(p -> p.getFileName().toString())
                    .containsExactly("character-" + zoe + ".character.json", "character-" + zoe + ".card.json");
            assertThat(zoeFiles.notes())
                    .hasSize(2)
                    .allSatisfy(note -> assertThat(note)
                            .startsWith("saved as character-" + zoe)
                            .contains("refused the name \"zoë-"));
            Exported annFiles = results.get(1).value().orElseThrow();
            assertThat(annFiles.notes()).isEmpty();
            assertThat(annFiles.files())
                    .extracting(p -> p.getFileName().toString())
                    .containsExactly(
                            "ann-" + ann.substring(0, 8) + ".character.json",
                            "ann-" + ann.substring(0, 8) + ".card.json");
            assertThat(Files.readString(zoeFiles.files().get(0))).contains("\"name\" : \"Zoë\"");
        }
    }

    @Test
    void namesThatWindowsRefusesAreExportedToAWindowsFileSystemAndAMissingFolderIsMade() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (String name : List.of("Nul", "Zoë.", "a:b?", "\uD840\uDC00".repeat(50))) {
            ids.add(world.direct.create(
                    new CharacterFields(name, "AriaNeural", name + " story.", List.of(), List.of("en-US"))));
        }
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            Path out = Files.createDirectories(windows.getPath("C:\\export"));
            List<ItemResult<String, Exported>> results = world.transfer
                    .export(
                            world.service,
                            ids,
                            out,
                            EnumSet.of(Format.STUDIO),
                            TransferService.Source.SERVER,
                            1,
                            Runnable::run,
                            r -> {})
                    .results()
                    .join();
            assertThat(results)
                    .allSatisfy(r -> assertThat(r.value().orElseThrow().notes()).isEmpty());
            try (var files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .hasSize(4)
                        .allSatisfy(f -> assertThat(ExportNames.windowsSafe(f)).isEqualTo(f));
            }

            Path missing = windows.getPath("C:\\missing");
            ItemResult<String, Exported> made = world.transfer
                    .export(
                            world.service,
                            ids.subList(1, 2),
                            missing,
                            EnumSet.of(Format.STUDIO),
                            TransferService.Source.SERVER,
                            1,
                            Runnable::run,
                            r -> {})
                    .results()
                    .join()
                    .get(0);
            assertThat(made.value().orElseThrow().files())
                    .singleElement()
                    .satisfies(f -> assertThat(f)
                            .startsWith(missing)
                            .isRegularFile()
                            .extracting(p -> p.getFileName().toString())
                            .asString()
                            .startsWith("zoë-"));
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }
}
