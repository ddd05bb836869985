package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.bulk.BulkReport;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting the library's selection: typed count, trash first, per-item results, failed ones kept selected. */
class BulkDeleteTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        for (String name : List.of("Ann", "Bo", "Cy", "Dee", "Eve")) {
            ids.add(world.direct.create(
                    new CharacterFields(name, "AriaNeural", name + ".", List.of(), List.of("en-US"))));
        }
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private MainViewModel appWithAllKnown(java.util.concurrent.Executor bulk) {
        MainViewModel vm = Apps.over(world, dialogs).bulk(bulk).build();
        vm.start().join();
        vm.libraryCommands().syncWithAccount().join();
        return vm;
    }

    @Test
    void theSelectionIsDeletedThroughTheTrashAfterTheTypedCount() {
        MainViewModel vm = appWithAllKnown(Runnable::run);
        vm.library().selectedIds().setAll(ids.subList(0, 3));
        dialogs.bulkDeleteAnswer = false;
        assertThat(vm.bulk().deleteSelected().join()).isFalse();
        assertThat(world.sandbox.characterCount()).isEqualTo(5);
        dialogs.bulkDeleteAnswer = true;
        assertThat(vm.bulk().deleteSelected().join()).isTrue();
        assertThat(dialogs.asked).containsExactly("bulk-delete:3", "bulk-delete:3");
        assertThat(world.sandbox.characterCount()).isEqualTo(2);
        assertThat(world.workspace.trash().list("sandbox")).hasSize(3);
        assertThat(dialogs.reports)
                .singleElement()
                .asString()
                .startsWith("3 done, 0 failed, 0 skipped.")
                .contains("done      Ann: deleted (a copy is in the trash)")
                .contains("done      Cy: deleted");
        assertThat(vm.library().selectedIds()).isEmpty();
        assertThat(vm.bulk().runningProperty().get()).isFalse();
    }

    @Test
    void failuresAreReportedPerCharacterAndStaySelectedForARetry() {
        MainViewModel vm = appWithAllKnown(Runnable::run);
        vm.library().selectedIds().setAll(ids);
        dialogs.bulkDeleteAnswer = true;
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(vm.bulk().deleteSelected().join()).isFalse();
        world.sandbox.faults().clear();
        assertThat(world.sandbox.characterCount()).isEqualTo(5);
        assertThat(world.workspace.trash().list("sandbox"))
                .as("no entry for characters still there")
                .isEmpty();
        assertThat(dialogs.reports.get(0))
                .startsWith("0 done, 5 failed, 0 skipped.")
                .contains("FAILED    Ann: The server failed");
        assertThat(vm.library().selectedIds()).containsExactlyElementsOf(ids);
        assertThat(vm.status().lastResultProperty().get()).contains("run it again to retry");

        assertThat(vm.bulk().deleteSelected().join()).as("the retry").isTrue();
        assertThat(world.sandbox.characterCount()).isZero();
    }

    @Test
    void cancelSkipsWhatHadNotStartedAndKeepsItSelected() {
        ArrayDeque<Runnable> workers = new ArrayDeque<>();
        MainViewModel vm = appWithAllKnown(workers::add);
        vm.library().selectedIds().setAll(ids);
        dialogs.bulkDeleteAnswer = true;
        vm.status().failed("The previous run's long message.");
        java.util.concurrent.CompletableFuture<Boolean> run = vm.bulk().deleteSelected();
        assertThat(vm.bulk().runningProperty().get()).isTrue();
        assertThat(vm.status().lastResultProperty().get())
                .as("the old message gives way to the run")
                .isEmpty();
        assertThat(vm.status().lastFailedProperty().get()).isFalse();
        vm.bulk().cancel();
        while (!workers.isEmpty()) {
            workers.poll().run();
        }
        assertThat(run.join()).isFalse();
        assertThat(world.sandbox.characterCount()).isEqualTo(5);
        assertThat(dialogs.reports.get(0)).startsWith("Cancelled: 0 done, 5 not run.");
        assertThat(vm.status().lastResultProperty().get())
                .as("nothing failed: no error wording")
                .isEqualTo("Bulk delete: Cancelled: 0 done, 5 not run.");
        assertThat(vm.status().lastFailedProperty().get())
                .as("a cancel is not an error")
                .isFalse();
        assertThat(vm.library().selectedIds()).hasSize(5);
    }

    @Test
    void afterACancelTheReportOffersToRunTheOnesNotRunNotToRetryFailuresAndDoesIt() {
        ArrayDeque<Runnable> workers = new ArrayDeque<>();
        MainViewModel vm = appWithAllKnown(workers::add);
        vm.library().selectedIds().setAll(ids);
        dialogs.bulkDeleteAnswer = true;
        dialogs.retries = 5;
        dialogs.runSkipped = 1;
        java.util.concurrent.CompletableFuture<Boolean> run = vm.bulk().deleteSelected();
        vm.bulk().cancel();
        for (int i = 0; i < 1000 && !workers.isEmpty(); i++) {
            workers.poll().run();
        }
        BulkReport afterCancel = dialogs.fullReports.get(0);
        assertThat(afterCancel.summary()).isEqualTo("Cancelled: 0 done, 5 not run.");
        assertThat(afterCancel.retryButton()).as("nothing failed: no retry").isEmpty();
        assertThat(afterCancel.runSkippedButton()).contains("Run the 5 not run");
        assertThat(run.join()).as("the second run deleted them all").isTrue();
        assertThat(dialogs.plans)
                .as("the ones not run are shown in a dry run first")
                .hasSize(2);
        assertThat(dialogs.plans.get(1).lines()).hasSize(5);
        assertThat(dialogs.fullReports).hasSize(2);
        assertThat(dialogs.fullReports.get(1).summary()).startsWith("5 done, 0 failed, 0 skipped.");
        assertThat(world.sandbox.characterCount()).isZero();
    }

    @Test
    void deletingTheOpenCharacterAsksAboutItsUnsavedChangesFirst() {
        MainViewModel vm = appWithAllKnown(Runnable::run);
        vm.openWithoutAsking(new OpenRequest(ids.get(0))).join();
        vm.editor().backstory().textProperty().set("Unsaved.");
        vm.library().selectedIds().setAll(ids.subList(0, 2));
        dialogs.leaveChoice = io.characterstudio.ui.editor.EditorDialogs.LeaveChoice.CANCEL;
        dialogs.bulkDeleteAnswer = true;
        assertThat(vm.bulk().deleteSelected().join()).isFalse();
        assertThat(world.sandbox.characterCount()).isEqualTo(5);
        dialogs.leaveChoice = io.characterstudio.ui.editor.EditorDialogs.LeaveChoice.DISCARD;
        assertThat(vm.bulk().deleteSelected().join()).isTrue();
        assertThat(vm.editor().openProperty().get()).isFalse();
        assertThat(world.workspace.drafts().list("sandbox")).isEmpty();
    }

    @Test
    void nothingSelectedSaysSo() {
        MainViewModel vm = appWithAllKnown(Runnable::run);
        assertThat(vm.bulk().deleteSelected().join()).isFalse();
        assertThat(vm.status().lastResultProperty().get()).startsWith("Select characters in the library first");
    }

    @Test
    void aRefusedCommandOrSelectAllDuringARunLeavesItsProgressAndSpinner() {
        ArrayDeque<Runnable> workers = new ArrayDeque<>();
        MainViewModel vm = appWithAllKnown(workers::add);
        vm.library().selectedIds().setAll(ids);
        dialogs.bulkDeleteAnswer = true;
        java.util.concurrent.CompletableFuture<Boolean> run = vm.bulk().deleteSelected();
        assertThat(vm.status().busyProperty().get()).isTrue();
        String progress = vm.status().runningProperty().get();
        assertThat(progress).startsWith("Deleting 0 of 5");

        assertThat(vm.bulk().saveDrafts().join()).isFalse();
        assertThat(vm.status().lastResultProperty().get()).isEqualTo("A bulk operation is running.");
        vm.libraryCommands().selectAllShown();
        assertThat(vm.status().lastResultProperty().get()).isEqualTo("5 selected.");
        assertThat(vm.status().busyProperty().get()).as("the spinner goes on").isTrue();
        assertThat(vm.status().runningProperty().get())
                .as("the progress line stays")
                .isEqualTo(progress);

        workers.poll().run();
        assertThat(vm.status().runningProperty().get())
                .as("progress still counts")
                .matches("Deleting [1-5] of 5 .*");
        while (!workers.isEmpty()) {
            workers.poll().run();
        }
        assertThat(run.join()).isTrue();
        assertThat(vm.status().busyProperty().get()).isFalse();
        assertThat(vm.status().runningProperty().get()).isEmpty();
    }
}
