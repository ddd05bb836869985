package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.service.CharacterFiles.Format;
import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.ImportItem;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.transfer.TransferDialogs.ExportRequest;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Export to files and import them back: round trip, both formats, duplicates, hostile files. */
class ImportExportTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path folder;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> ids = new ArrayList<>();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        ids.add(world.direct.create(
                new CharacterFields("Ann", "AriaNeural", "Ann keeps the light.", List.of("Wave"), List.of("en-US"))));
        ids.add(world.direct.create(
                new CharacterFields("Bo", "DenisePolyglot", "Bo sails at dawn.", List.of(), List.of("en-US"))));
        vm = Apps.started(world, dialogs);
        vm.libraryCommands().syncWithAccount().join();
        world.service.tags().tag(List.of(ids.get(0)), "villain", true).join();
        world.service.tags().tag(List.of(ids.get(0)), "favourite", true).join();
        vm.library().refresh().join();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private List<Path> exportAll(Format... formats) {
        dialogs.exportAnswer = Optional.of(new ExportRequest(folder, EnumSet.of(formats[0], formats)));
        assertThat(vm.transfer().exportAll().join()).isTrue();
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, CharacterFields> serverByName() {
        return world.direct.list().stream()
                .map(CharacterSummary::id)
                .map(world.direct::get)
                .collect(Collectors.toMap(c -> c.name(), c -> c.fields()));
    }

    @Test
    void exportDeleteImportBringsTheSameCharactersBackAndAGainRunDuplicatesNothing() {
        Map<String, CharacterFields> before = serverByName();
        List<Path> files = exportAll(Format.STUDIO);
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "ann-" + ids.get(0).substring(0, 8) + ".character.json",
                        "bo-" + ids.get(1).substring(0, 8) + ".character.json");

        vm.library().selectedIds().setAll(ids);
        dialogs.bulkDeleteAnswer = true;
        assertThat(vm.bulk().deleteSelected().join()).isTrue();
        assertThat(world.sandbox.characterCount()).isZero();

        dialogs.importFiles = files;
        assertThat(vm.transfer().importFiles().join()).isTrue();
        assertThat(dialogs.importPlans.get(0)).extracting(ImportItem::action).containsOnly(Action.CREATE);
        assertThat(serverByName()).isEqualTo(before);
        String newAnn = world.direct.getByName("Ann").id();
        assertThat(newAnn).isNotEqualTo(ids.get(0));
        assertThat(world.workspace.tags().all("sandbox").get(newAnn)).containsExactlyInAnyOrder("villain", "favourite");

        assertThat(vm.transfer().importFiles().join()).isTrue();
        assertThat(dialogs.importPlans.get(1)).extracting(ImportItem::action).containsOnly(Action.SKIP);
        assertThat(dialogs.importPlans.get(1).get(0).reason()).contains("same name and backstory");
        assertThat(world.sandbox.characterCount())
                .as("a second run makes nothing")
                .isEqualTo(2);
    }

    @Test
    void theExportReportNamesItsFolderAndSaysWhenItWasCreated() {
        Path fresh = folder.resolve("new").resolve("cast");
        dialogs.exportAnswer = Optional.of(new ExportRequest(fresh, EnumSet.of(Format.STUDIO)));
        assertThat(vm.transfer().exportAll().join()).isTrue();
        assertThat(dialogs.reportTitles.get(0)).isEqualTo("Export to " + fresh + " (created)");
        dialogs.exportAnswer = Optional.of(new ExportRequest(fresh, EnumSet.of(Format.STUDIO)));
        assertThat(vm.transfer().exportAll().join()).isTrue();
        assertThat(dialogs.reportTitles.get(1)).as("it exists now").isEqualTo("Export to " + fresh);
        assertThat(dialogs.fullReports.get(1).folder())
                .as("the report offers to open it")
                .contains(fresh);
    }

    @Test
    void theCardShapeCarriesTheConvaiFieldsAndKeepsOtherToolsExtensions() throws Exception {
        List<Path> files = exportAll(Format.CARD_V2);
        JsonNode card = SandboxWorld.JSON.readTree(Files.readString(files.get(0)));
        assertThat(card.get("spec").stringValue()).isEqualTo("chara_card_v2");
        assertThat(card.get("data").get("name").stringValue()).isEqualTo("Ann");
        assertThat(card.get("data").get("description").stringValue()).isEqualTo("Ann keeps the light.");
        assertThat(card.get("data").get("tags").toString()).contains("villain");
        JsonNode convai = card.get("data").get("extensions").get("convai");
        assertThat(convai.get("charID").stringValue()).isEqualTo(ids.get(0));
        assertThat(convai.get("voiceType").stringValue()).isEqualTo("AriaNeural");
        assertThat(convai.get("actions").toString()).isEqualTo("[\"Wave\"]");

        Path foreign = folder.resolve("from-another-tool.json");
        Files.writeString(foreign, """
                {"spec": "chara_card_v2", "spec_version": "2.0", "data": {"name": "Cy", "description": "Cy hums.",
                 "personality": "shy", "tags": ["bard"], "extensions": {"depth_prompt": {"depth": 4, "prompt": "x"},
                 "convai": {"voiceType": "AriaNeural", "languageCodes": ["en-US"]}}}}""");
        dialogs.importFiles = List.of(foreign);
        assertThat(vm.transfer().importFiles().join()).isTrue();
        String cy = world.direct.getByName("Cy").id();
        vm.library().selectedIds().setAll(cy);
        Path again = folder.resolve("again");
        Files.createDirectory(again);
        dialogs.exportAnswer = Optional.of(new ExportRequest(again, EnumSet.of(Format.CARD_V2)));
        assertThat(vm.transfer().exportSelected().join()).isTrue();
        try (Stream<Path> out = Files.list(again)) {
            JsonNode reexported =
                    SandboxWorld.JSON.readTree(Files.readString(out.findFirst().orElseThrow()));
            assertThat(reexported
                            .get("data")
                            .get("extensions")
                            .get("depth_prompt")
                            .toString())
                    .isEqualTo("{\"depth\":4,\"prompt\":\"x\"}");
            assertThat(reexported.get("data").get("tags").toString()).isEqualTo("[\"bard\"]");
        }
    }

    @Test
    void brokenAndHostileFilesAreReportedByNameAndTheRestGoOn() throws Exception {
        Path good = folder.resolve("good.character.json");
        Files.writeString(good, """
                {"format": "character-studio", "version": 1, "name": "Dee", "voiceType": "AriaNeural",
                 "backstory": "Dee digs.", "actions": [], "languageCodes": ["en-US"], "mood": "odd"}""");
        Path invalid = write("invalid.json", "{\"format\": \"character-studio\", \"name\": ");
        Path wrongType = write("wrong-type.json", "{\"format\": \"character-studio\", \"name\": 5}");
        Path missing = write("missing.json", "{\"format\": \"character-studio\", \"backstory\": \"no name\"}");
        Path badList =
                write("bad-list.json", "{\"format\": \"character-studio\", \"name\": \"E\", \"actions\": \"Wave\"}");
        Path unknownFormat = write("other.json", "{\"hello\": \"world\"}");
        Path badLanguage = write(
                "bad-language.json",
                "{\"format\": \"character-studio\", \"name\": \"F\"," + " \"languageCodes\": [\"xx-XX\"]}");
        Path deep = write("deep.json", "[".repeat(5000) + "]".repeat(5000));
        Path binary = folder.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        dialogs.importFiles =
                List.of(invalid, wrongType, missing, good, badList, unknownFormat, badLanguage, deep, binary, huge);
        assertThat(vm.transfer().importFiles().join()).isTrue();

        Map<String, ImportItem> plan =
                dialogs.importPlans.get(0).stream().collect(Collectors.toMap(ImportItem::key, i -> i));
        assertThat(plan.get("good.character.json").action()).isEqualTo(Action.CREATE);
        assertThat(plan.get("good.character.json").notes()).containsExactly("ignored unknown field \"mood\"");
        assertThat(plan.get("invalid.json").reason())
                .as("plain words, not the parser's")
                .matches("the file ends in the middle \\(line 1, column \\d+\\)");
        assertThat(plan.get("wrong-type.json").reason()).isEqualTo("\"name\" must be text, not number");
        assertThat(plan.get("missing.json").reason()).isEqualTo("missing \"name\"");
        assertThat(plan.get("bad-list.json").reason()).isEqualTo("\"actions\" must be a list of text");
        assertThat(plan.get("other.json").reason()).startsWith("neither a Character Studio file");
        assertThat(plan.get("bad-language.json").reason())
                .startsWith("not a valid character")
                .contains("xx-XX");
        assertThat(plan.get("deep.json").action()).isEqualTo(Action.INVALID);
        assertThat(plan.get("binary.json").reason()).isEqualTo("not a text file (it is not UTF-8)");
        assertThat(plan.get("huge.json").reason()).isEqualTo("too large (50.0 MB; the limit is 5 MB)");
        assertThat(plan.values()).filteredOn(i -> i.action() == Action.INVALID).hasSize(9);

        assertThat(world.direct.getByName("Dee").fields().backstory()).isEqualTo("Dee digs.");
        assertThat(world.sandbox.characterCount()).isEqualTo(3);
        assertThat(dialogs.reports.get(0))
                .startsWith("1 done, 0 failed, 0 skipped, 9 refused.")
                .contains("REFUSED   huge.json: too large")
                .contains("done      good.character.json (Dee): created as");
    }

    @Test
    void aListOfIdsAddsTheUnknownOnesAndAFileWithAKnownIdUpdatesIt() throws Exception {
        String elsewhere =
                world.direct.create(new CharacterFields("Gus", "AriaNeural", "Gus.", List.of(), List.of("en-US")));
        Path list = write(
                "ids.txt",
                "# characters to add\n  " + elsewhere + "  \n" + ids.get(0) + "\n"
                        + "00000000-0000-1000-8000-000000000000\n");
        Path update = write(
                "ann.character.json",
                "{\"format\": \"character-studio\", \"id\": \"" + ids.get(0)
                        + "\", \"name\": \"Ann\", \"voiceType\": \"AriaNeural\", \"backstory\": \"Ann moved inland.\","
                        + " \"actions\": [\"Wave\"], \"languageCodes\": [\"en-US\"]}");
        dialogs.importFiles = List.of(list, update);
        assertThat(vm.transfer().importFiles().join())
                .as("the unknown ID fails")
                .isFalse();
        assertThat(dialogs.importPlans.get(0))
                .extracting(ImportItem::key, ImportItem::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ids.txt#1", Action.ADD_ID),
                        org.assertj.core.groups.Tuple.tuple("ids.txt#2", Action.SKIP),
                        org.assertj.core.groups.Tuple.tuple("ids.txt#3", Action.ADD_ID),
                        org.assertj.core.groups.Tuple.tuple("ann.character.json", Action.UPDATE));
        assertThat(dialogs.importPlans.get(0).get(3).reason()).contains("changed: backstory");
        assertThat(world.workspace.knownCharacters().find("sandbox", elsewhere)).isPresent();
        assertThat(world.direct.get(ids.get(0)).fields().backstory()).isEqualTo("Ann moved inland.");
        assertThat(dialogs.reports.get(0)).contains("FAILED    ids.txt#3");
    }

    @Test
    void theUserCanSkipWhatThePreviewProposes() throws Exception {
        Path file = write("new.character.json", "{\"format\": \"character-studio\", \"name\": \"Hal\"}");
        dialogs.importFiles = List.of(file);
        dialogs.importChoice =
                plan -> plan.stream().map(i -> i.withAction(Action.SKIP)).toList();
        vm.transfer().importFiles().join();
        assertThat(world.sandbox.characterCount()).isEqualTo(2);
        dialogs.importAnswer = false;
        vm.transfer().importFiles().join();
        assertThat(world.sandbox.characterCount()).isEqualTo(2);
        assertThat(dialogs.reports).hasSize(1);
    }

    @Test
    void aFileWithAnOverflowingVersionIsRefusedAloneAndTheOthersAreImported() throws Exception {
        Path overflow = write(
                "overflow.json",
                "{\"format\": \"character-studio\", \"version\": 99999999999," + " \"name\": \"Ivy\"}");
        Path good = write(
                "jo.character.json",
                "{\"format\": \"character-studio\", \"version\": 1, \"name\": \"Jo\","
                        + " \"voiceType\": \"AriaNeural\", \"backstory\": \"Jo.\", \"languageCodes\": [\"en-US\"]}");
        Path ids = folder.resolve("ids.txt");
        Files.write(ids, ("\uFEFF" + this.ids.get(0) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        dialogs.importFiles = List.of(overflow, good, ids);
        assertThat(vm.transfer().importFiles().join()).isTrue();
        assertThat(vm.status().lastResultProperty().get()).doesNotContain("Import stopped");
        assertThat(dialogs.reports.get(0))
                .startsWith("1 done, 0 failed, 0 skipped, 1 refused, 1 unchanged.")
                .contains("REFUSED   overflow.json: written by a newer Character Studio (version 99999999999)")
                .contains("unchanged ids.txt#1: already in the library")
                .contains("done      jo.character.json (Jo): created as");
    }

    @Test
    void anExportNameTheFileSystemRefusesIsSavedUnderTheIdAndTheReportSaysSo() throws Exception {
        String zoe = world.direct.create(
                new CharacterFields("Zoë", "AriaNeural", "Zoë sings.", List.of(), List.of("en-US")));
        vm.libraryCommands().syncWithAccount().join();
        vm.library().selectedIds().setAll(zoe);
        try (java.nio.file.FileSystem ascii = com.google.common.jimfs.Jimfs.newFileSystem(
                io.characterstudio.testsupport.AsciiOnlyPathType.configuration())) {
            Path out = Files.createDirectories(ascii.getPath("/export"));
            dialogs.exportAnswer = Optional.of(new ExportRequest(out, EnumSet.of(Format.STUDIO)));
            assertThat(vm.transfer().exportSelected().join()).isTrue();
            assertThat(Files.exists(out.resolve("character-" + zoe + ".character.json")))
                    .isTrue();
            assertThat(dialogs.reports.get(0))
                    .contains("written to character-" + zoe + ".character.json (saved as" + " character-" + zoe
                            + ".character.json because the file system refused the name \"zoë-");
        }
    }

    private Path write(String name, String text) throws Exception {
        Path p = folder.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
