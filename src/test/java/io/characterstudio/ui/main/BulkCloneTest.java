package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.bulk.BulkDialogs.BulkCloneRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cloning the selection: N copies each, a name pattern, lineage recorded, never retried. */
class BulkCloneTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> ids = new ArrayList<>();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        for (String name : List.of("Ann", "Bo")) {
            ids.add(world.direct.create(
                    new CharacterFields(name, "AriaNeural", name + "'s story.", List.of("Wave"), List.of("en-US"))));
        }
        vm = Apps.started(world, dialogs);
        vm.libraryCommands().syncWithAccount().join();
        vm.library().selectedIds().setAll(ids);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void eachSelectedCharacterGetsItsCopiesNamedByThePattern() {
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(2, true, "{name} v{n}"));
        assertThat(vm.bulk().cloneSelected().join()).isTrue();
        assertThat(dialogs.asked).contains("bulk-clone:2");
        assertThat(world.sandbox.characterCount()).isEqualTo(6);
        List<String> names =
                world.direct.list().stream().map(s -> s.name()).sorted().toList();
        assertThat(names).containsExactly("Ann", "Ann v1", "Ann v2", "Bo", "Bo v1", "Bo v2");
        assertThat(world.direct.getByName("Bo v2").fields().backstory()).isEqualTo("Bo's story.");
        List<KnownCharacter> clones = world.workspace.knownCharacters().list("sandbox").stream()
                .filter(k -> k.origin() == KnownCharacter.Origin.CLONED)
                .toList();
        assertThat(clones).hasSize(4).allSatisfy(k -> assertThat(k.clonedFrom()).isPresent());
        assertThat(dialogs.reports.get(0))
                .startsWith("4 done, 0 failed, 0 skipped.")
                .contains("Ann, copy 2: cloned as \"Ann v2\"");
    }

    @Test
    void refreshingTheSelectionReadsEachAgainAndMarksTheMissingOnes() {
        world.direct.update(
                ids.get(0),
                new io.characterstudio.model.CharacterUpdate(null, null, "Changed elsewhere.", null, null),
                false);
        world.direct.delete(ids.get(1), false);
        assertThat(vm.bulk().refreshSelected().join()).isFalse();
        assertThat(dialogs.reports.get(0))
                .startsWith("1 done (1 read for the first time), 1 failed, 0 skipped.")
                .contains("fetched   Ann: read")
                .contains("FAILED    Bo: No character");
        assertThat(world.workspace
                        .knownCharacters()
                        .find("sandbox", ids.get(0))
                        .orElseThrow()
                        .backstory())
                .contains("Changed elsewhere.");
        assertThat(world.workspace
                        .knownCharacters()
                        .find("sandbox", ids.get(1))
                        .orElseThrow()
                        .status())
                .isEqualTo(KnownCharacter.Status.MISSING);
    }

    @Test
    void anEmptyPatternKeepsTheNameAndCancellingTheDialogClonesNothing() {
        dialogs.bulkCloneAnswer = Optional.empty();
        assertThat(vm.bulk().cloneSelected().join()).isFalse();
        assertThat(world.sandbox.characterCount()).isEqualTo(2);
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(1, false, ""));
        assertThat(vm.bulk().cloneSelected().join()).isTrue();
        assertThat(world.direct.list().stream().filter(s -> s.name().equals("Ann")))
                .hasSize(2);
    }

    @Test
    void failedClonesAreReportedAndTheRunSaysNothingIsRetried() {
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(3, false, "{name} {n}"));
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(vm.bulk().cloneSelected().join()).isFalse();
        world.sandbox.faults().clear();
        assertThat(world.sandbox.characterCount()).isEqualTo(2);
        assertThat(dialogs.reports.get(0)).startsWith("0 done, 6 failed, 0 skipped.");
        assertThat(vm.status().lastResultProperty().get()).contains("Nothing is retried automatically");
    }

    @Test
    void cloningClonesTakesTheNextFreeNumbersSoNoNameIsMadeTwice() {
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(2, false, "{name} v{n}"));
        assertThat(vm.bulk().cloneSelected().join()).isTrue();
        vm.library()
                .selectedIds()
                .setAll(world.direct.list().stream().map(s -> s.id()).toList());
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(1, false, "{name} v{n}"));
        assertThat(vm.bulk().cloneSelected().join()).isTrue();
        assertThat(dialogs.plans.get(1).title()).isEqualTo("Clone 6 characters");
        assertThat(dialogs.plans.get(1).lines())
                .hasSize(6)
                .noneMatch(l -> l.contains("v1 v1"))
                .anyMatch(l -> l.startsWith("clone   Ann v1, copy 1  \u2192  \"Ann v"))
                .map(l -> l.substring(l.indexOf('"')))
                .containsExactlyInAnyOrder(
                        "\"Ann v3\"", "\"Ann v4\"", "\"Ann v5\"", "\"Bo v3\"", "\"Bo v4\"", "\"Bo v5\"");
        List<String> names = world.direct.list().stream().map(s -> s.name()).toList();
        assertThat(names)
                .hasSize(12)
                .doesNotHaveDuplicates()
                .contains("Ann v3", "Ann v4", "Ann v5", "Bo v3", "Bo v4", "Bo v5");
    }

    @Test
    void aDryRunSaysWhichNamesExistAlready() {
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(1, false, "{name} copy"));
        dialogs.planAnswer = false;
        world.direct.create(new CharacterFields("Ann copy", "AriaNeural", "Story.", List.of(), List.of("en-US")));
        vm.libraryCommands().syncWithAccount().join();
        vm.library().selectedIds().setAll(ids);
        assertThat(vm.bulk().cloneSelected().join()).isFalse();
        assertThat(dialogs.plans.get(0).summary()).contains("1 of the names exist already.");
        assertThat(dialogs.plans.get(0).lines())
                .contains("clone   Ann, copy 1  \u2192  \"Ann copy\" (a character of this name exists already)");
    }

    @Test
    void theDryRunAndTheReportTellSameNamedSourcesApartAndSayWhenADraftIsLeftOut() {
        String twin = world.direct.create(
                new CharacterFields("Ann", "AriaNeural", "Another Ann.", List.of(), List.of("en-US")));
        vm.libraryCommands().syncWithAccount().join();
        vm.library().markDraft(ids.get(1), true);
        vm.library().selectedIds().setAll(List.of(ids.get(0), twin, ids.get(1)));
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(1, false, "{name} v{n}"));
        assertThat(vm.bulk().cloneSelected().join()).isTrue();
        List<String> lines = dialogs.plans.get(0).lines();
        assertThat(lines.get(0)).contains("Ann (" + ids.get(0).substring(0, 8)).contains("\"Ann v1\"");
        assertThat(lines.get(1)).contains("Ann (" + twin.substring(0, 8)).contains("\"Ann v2\"");
        assertThat(lines.get(2)).contains("Bo (cloned from the server copy; its draft is not included), copy 1");
        assertThat(dialogs.reports.get(0))
                .contains("Ann (" + twin.substring(0, 8))
                .contains("its draft is not included");
    }
}
