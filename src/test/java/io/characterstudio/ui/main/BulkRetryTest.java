package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.model.Draft;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.bulk.BulkDialogs.BulkCloneRequest;
import io.characterstudio.ui.bulk.BulkReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dry runs before bulk work, "retry the failed ones", saved reports, fetching backstories, saving drafts. */
class BulkRetryTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> ids = new ArrayList<>();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        for (int i = 1; i <= 50; i++) {
            ids.add(world.direct.create(
                    new CharacterFields("Hero " + i, "AriaNeural", "Story " + i + ".", List.of(), List.of("en-US"))));
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
    void aCloneOfFiftyWithTenPercentFailuresReportsExactlyWhichFailedAndRetryingFinishesTheJob() {
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(1, false, ""));
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(0.10));
        List<Set<String>> reportedFailed = new ArrayList<>();
        List<Set<String>> withoutCloneAtReport = new ArrayList<>();
        dialogs.onReport = report -> {
            reportedFailed.add(report.failedIds().stream()
                    .map(i -> i.substring(0, i.lastIndexOf('#')))
                    .collect(Collectors.toSet()));
            withoutCloneAtReport.add(sourcesWithoutAClone());
        };
        dialogs.retries = 30;

        assertThat(vm.bulk().cloneSelected().join())
                .as("the last retry succeeded")
                .isTrue();
        world.sandbox.faults().clear();

        assertThat(dialogs.plans.get(0).lines()).hasSize(50).first().asString().startsWith("clone   Hero 1, copy 1");
        assertThat(reportedFailed.get(0))
                .as("some clones failed on the first run")
                .isNotEmpty();
        for (int i = 0; i < reportedFailed.size(); i++) {
            assertThat(reportedFailed.get(i))
                    .as("report " + i + " names exactly the sources left without a copy")
                    .isEqualTo(withoutCloneAtReport.get(i));
        }
        assertThat(reportedFailed.get(reportedFailed.size() - 1)).isEmpty();
        assertThat(dialogs.fullReports.get(1).text().lines().count())
                .as("the retry runs exactly the failed ones")
                .isEqualTo(reportedFailed.get(0).size());
        assertThat(world.sandbox.characterCount())
                .as("50 sources and exactly one copy each")
                .isEqualTo(100);
        Map<String, Long> copiesPerSource = world.workspace.knownCharacters().list("sandbox").stream()
                .filter(k -> k.origin() == KnownCharacter.Origin.CLONED)
                .collect(Collectors.groupingBy(k -> k.clonedFrom().orElseThrow(), Collectors.counting()));
        assertThat(copiesPerSource)
                .hasSize(50)
                .allSatisfy((source, n) -> assertThat(n).isEqualTo(1L));
        Set<String> onServer = world.direct.list().stream().map(s -> s.id()).collect(Collectors.toSet());
        assertThat(onServer).containsAll(ids);
        world.workspace
                .knownCharacters()
                .list("sandbox")
                .forEach(k -> assertThat(onServer)
                        .as("every known ID is on the server")
                        .contains(k.id()));
    }

    private Set<String> sourcesWithoutAClone() {
        Set<String> cloned = world.workspace.knownCharacters().list("sandbox").stream()
                .filter(k -> k.origin() == KnownCharacter.Origin.CLONED)
                .map(k -> k.clonedFrom().orElseThrow())
                .collect(Collectors.toSet());
        Set<String> left = new HashSet<>(ids);
        left.removeAll(cloned);
        return left;
    }

    @Test
    void declinedDryRunSendsNothing() {
        dialogs.bulkCloneAnswer = Optional.of(new BulkCloneRequest(2, true, "{name} v{n}"));
        dialogs.planAnswer = false;
        assertThat(vm.bulk().cloneSelected().join()).isFalse();
        assertThat(world.sandbox.characterCount()).isEqualTo(50);
        assertThat(dialogs.plans.get(0).lines())
                .hasSize(100)
                .contains("clone   Hero 7, copy 2  \u2192  \"Hero 7 v2\" (with knowledge bank)");
        assertThat(dialogs.plans.get(0).action()).isEqualTo("Clone 100");

        vm.library().selectedIds().setAll(ids.subList(0, 3));
        assertThat(vm.bulk().refreshSelected().join()).isFalse();
        assertThat(dialogs.plans.get(1).lines())
                .containsExactly(
                        "read    Hero 1 (" + ids.get(0) + ")",
                        "read    Hero 2 (" + ids.get(1) + ")",
                        "read    Hero 3 (" + ids.get(2) + ")");
        assertThat(dialogs.reports).isEmpty();
    }

    @Test
    void theDeleteDryRunListsEachCharacterAndARetriedDeleteFinishes() {
        vm.library().selectedIds().setAll(ids.subList(0, 10));
        dialogs.bulkDeleteAnswer = true;
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(0.3));
        dialogs.retries = 30;
        assertThat(vm.bulk().deleteSelected().join()).isTrue();
        world.sandbox.faults().clear();
        assertThat(dialogs.plans.get(0).lines())
                .hasSize(10)
                .first()
                .asString()
                .isEqualTo("delete  Hero 1 (" + ids.get(0) + ")");
        assertThat(dialogs.fullReports.size()).as("at least one retry").isGreaterThan(1);
        assertThat(world.sandbox.characterCount()).isEqualTo(40);
        assertThat(world.workspace.trash().list("sandbox")).hasSize(10);
    }

    @Test
    void aReportCanBeSavedToAFile() throws Exception {
        vm.library().selectedIds().setAll(ids.subList(0, 2));
        world.direct.delete(ids.get(1), false);
        vm.bulk().refreshSelected().join();
        BulkReport report = dialogs.fullReports.get(0);
        assertThat(report.canRetry()).isTrue();
        Path file = dataDir.resolve("report.txt");
        report.save().apply(file).join();
        assertThat(Files.readString(file))
                .startsWith("Bulk refresh\n1 done (1 read for the first time), 1 failed, 0 skipped.")
                .contains("fetched   Hero 1")
                .contains("FAILED    Hero 2");
    }

    @Test
    void aRefreshReportSaysWhichChangedOnTheServerAndWhichAreUpToDate() {
        vm.library().selectedIds().setAll(ids.subList(0, 5));
        assertThat(vm.bulk().refreshSelected().join()).isTrue();
        assertThat(dialogs.fullReports.get(0).summary())
                .as("the library had no backstories to compare")
                .isEqualTo("5 done (5 read for the first time), 0 failed, 0 skipped.");
        world.direct.update(ids.get(3), new CharacterUpdate(null, null, "Changed on the server.", null, null), false);
        assertThat(vm.bulk().refreshSelected().join()).isTrue();
        BulkReport report = dialogs.fullReports.get(1);
        assertThat(report.summary()).isEqualTo("5 done (4 up to date, 1 changed on the server), 0 failed, 0 skipped.");
        io.characterstudio.ui.bulk.BulkListing listing =
                new io.characterstudio.ui.bulk.BulkListing(report.text().lines().toList());
        assertThat(listing.lines(io.characterstudio.ui.bulk.BulkListing.Filter.CHANGED))
                .singleElement()
                .asString()
                .startsWith("changed   Hero 4");
        assertThat(listing.lines(io.characterstudio.ui.bulk.BulkListing.Filter.ALL)
                        .get(0))
                .startsWith("changed");
        assertThat(report.retryButton()).isEmpty();
        assertThat(report.runSkippedButton()).isEmpty();
    }

    @Test
    void theProgressLineGivesTheSpeedAndTheTimeLeft() {
        assertThat(BulkRunner.progressLine("Cloning", 10, 40, "Ann", 2.0))
                .isEqualTo("Cloning 10 of 40 (Ann), 5.0 per second, about 6 s left…");
    }

    @Test
    void missingBackstoriesAreFetchedInTheBackground() {
        assertThat(world.workspace.knownCharacters().list("sandbox"))
                .allSatisfy(k -> assertThat(k.backstory())
                        .as("a sync lists no backstories")
                        .isEmpty());
        assertThat(vm.bulk().fetchMissingBackstories().join()).isTrue();
        assertThat(world.workspace
                        .knownCharacters()
                        .find("sandbox", ids.get(4))
                        .orElseThrow()
                        .backstory())
                .contains("Story 5.");
        assertThat(dialogs.reports.get(0)).startsWith("50 done, 0 failed");
    }

    @Test
    void draftsAreSavedInBulkAndOneChangedElsewhereIsKept() {
        for (int i = 0; i < 3; i++) {
            String id = ids.get(i);
            CharacterFields base = world.direct.get(id).fields();
            world.drafts.update(new Draft(
                    "sandbox",
                    id,
                    Optional.of(id),
                    new CharacterFields(
                            base.name(),
                            base.voiceType(),
                            "Rewritten " + i + ".",
                            base.actions(),
                            base.languageCodes()),
                    Optional.of(base),
                    Instant.now()));
        }
        world.direct.update(ids.get(2), new CharacterUpdate(null, null, "Changed elsewhere.", null, null), false);
        vm.library().selectedIds().clear();
        assertThat(vm.bulk().saveDrafts().join()).isFalse();
        assertThat(dialogs.plans.get(0).lines())
                .hasSize(3)
                .allSatisfy(l -> assertThat(l).endsWith(": backstory"));
        assertThat(world.direct.get(ids.get(0)).fields().backstory()).isEqualTo("Rewritten 0.");
        assertThat(world.direct.get(ids.get(2)).fields().backstory()).isEqualTo("Changed elsewhere.");
        assertThat(dialogs.reports.get(0)).startsWith("2 done, 1 failed").contains("FAILED    Hero 3");
        assertThat(world.workspace.drafts().list("sandbox"))
                .singleElement()
                .satisfies(d -> assertThat(d.characterId()).contains(ids.get(2)));
    }

    @Test
    void theOpenCharactersDraftIsNotSavedInBulkAndTheDryRunSaysWhy() {
        vm.openWithoutAsking(new io.characterstudio.ui.open.OpenDialogs.OpenRequest(ids.get(0)))
                .join();
        for (int i = 0; i < 2; i++) {
            String id = ids.get(i);
            CharacterFields base = world.direct.get(id).fields();
            world.drafts.update(new Draft(
                    "sandbox",
                    id,
                    Optional.of(id),
                    new CharacterFields(
                            base.name(),
                            base.voiceType(),
                            "Rewritten " + i + ".",
                            base.actions(),
                            base.languageCodes()),
                    Optional.of(base),
                    Instant.now()));
        }
        vm.library().selectedIds().clear();
        dialogs.planAnswer = false;
        assertThat(vm.bulk().saveDrafts().join()).isFalse();
        assertThat(dialogs.plans.get(0).title()).isEqualTo("Save 1 draft");
        assertThat(dialogs.plans.get(0).lines())
                .containsExactly(
                        "save    Hero 2: backstory", "open    Hero 1 is open in the editor: save it there (Ctrl+S)");
    }
}
