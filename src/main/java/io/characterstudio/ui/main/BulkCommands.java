package io.characterstudio.ui.main;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.bulk.BulkPlan;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * Bulk work on the library's selection. Each command first shows a dry run (what will happen to
 * each character) and runs only when the user agrees; then {@link BulkRunner} shows progress and
 * the report, whose "Retry the N failed" and "Run the N not run" run the same operation on exactly
 * those items (two separate choices). Delete is here; clone, refresh and saving drafts are their
 * own pieces ({@link BulkClone}, {@link BulkRefresh}, {@link BulkDraftSave}).
 */
public final class BulkCommands {

    /** Requests in flight at once: 8 keeps a 50 ms round trip over 6x faster than one at a time. */
    public static final int CONCURRENCY = 8;

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final StatusModel status;
    private final BulkDialogs dialogs;
    private final TrashService trash;
    private final Supplier<Session> session;
    private final Executor bulkExecutor;
    private final LeaveGuard leaveGuard;
    private final BulkRunner runner;
    private final BulkClone clone;
    private final BulkRefresh refresh;
    private final BulkDraftSave draftSave;

    BulkCommands(
            LibraryViewModel library,
            EditorViewModel editor,
            StatusModel status,
            BulkDialogs dialogs,
            TrashService trash,
            DraftJournal drafts,
            Supplier<Session> session,
            Executor ui,
            Executor bulkExecutor,
            LeaveGuard leaveGuard) {
        this.library = library;
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
        this.trash = trash;
        this.session = session;
        this.bulkExecutor = bulkExecutor;
        this.leaveGuard = leaveGuard;
        this.runner = new BulkRunner(library, status, dialogs, ui, bulkExecutor, System::nanoTime);
        this.clone = new BulkClone(library, dialogs, session, bulkExecutor, runner);
        this.refresh = new BulkRefresh(library, dialogs, session, bulkExecutor, runner);
        this.draftSave = new BulkDraftSave(library, status, dialogs, drafts, session, ui, bulkExecutor, runner);
    }

    BulkRunner runner() {
        return runner;
    }

    public CompletableFuture<Boolean> deleteSelected() {
        Optional<List<String>> selection = selection();
        if (selection.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        List<String> ids = selection.get();
        ServerCharacter open = editor.snapshotProperty().get();
        boolean openOneGoes = open != null && ids.contains(open.id());
        CompletableFuture<Boolean> leave = openOneGoes ? leaveGuard.ask() : CompletableFuture.completedFuture(true);
        return leave.thenCompose(ok -> {
            return ok ? deleteIfAgreed(ids, openOneGoes) : CompletableFuture.completedFuture(false);
        });
    }

    /** Shows the dry run with its typed confirmation, then deletes if the user agrees. */
    private CompletableFuture<Boolean> deleteIfAgreed(List<String> ids, boolean openOneGoes) {
        BulkPlan plan = new BulkPlan(
                "Delete " + ids.size() + " characters",
                "A copy of each goes to the trash first, then the server deletes it.",
                ids.stream()
                        .map(id -> "delete  " + library.nameOf(id) + " (" + id + ")")
                        .toList(),
                "Delete " + ids.size());
        return dialogs.confirmBulkDelete(plan) ? deleteRun(ids, openOneGoes) : CompletableFuture.completedFuture(false);
    }

    private CompletableFuture<Boolean> deleteRun(List<String> ids, boolean openOneGoes) {
        BulkRunner.Job<String, TrashEntry> job = new BulkRunner.Job<>(
                "Deleting",
                "Bulk delete",
                ids.size(),
                onItem -> trash.deleteMany(session.get().service(), ids, CONCURRENCY, bulkExecutor, onItem),
                library::nameOf,
                entry -> "deleted (a copy is in the trash)",
                "The ones left are still selected: run it again to retry.",
                true);
        return runner.run(job, failed -> {
                    library.selectedIds().setAll(failed);
                    ServerCharacter open = editor.snapshotProperty().get();
                    if (openOneGoes && open != null && !failed.contains(open.id())) {
                        editor.discardDraft();
                        editor.close();
                    }
                })
                .thenCompose(outcome -> outcome.again().isEmpty()
                        ? CompletableFuture.completedFuture(outcome.notDone().isEmpty())
                        : deleteIfAgreed(outcome.again(), openOneGoes));
    }

    /** Clones the selection (asks how many copies, KB, and a name pattern), never retrying a clone by itself. */
    public CompletableFuture<Boolean> cloneSelected() {
        Optional<List<String>> selection = selection();
        return selection.isEmpty() ? CompletableFuture.completedFuture(false) : clone.start(selection.get());
    }

    /** Reads the selection again from the server (missing ones are marked so), with a report ({@link BulkRefresh}). */
    public CompletableFuture<Boolean> refreshSelected() {
        Optional<List<String>> selection = selection();
        if (selection.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return refresh.refreshIfAgreed(selection.get());
    }

    /** Fetches the backstories the library does not have yet (characters that came from a sync), in the background. */
    public CompletableFuture<Boolean> fetchMissingBackstories() {
        if (runner.isRunning()) {
            status.failed("A bulk operation is running.");
            return CompletableFuture.completedFuture(false);
        }
        List<String> ids = library.all().stream()
                .filter(i -> i.status() == KnownCharacter.Status.PRESENT)
                .filter(i -> i.character().backstory().isEmpty())
                .map(LibraryItem::id)
                .toList();
        if (ids.isEmpty()) {
            status.succeeded("Every backstory is already here.");
            return CompletableFuture.completedFuture(true);
        }
        return refresh.fetchBackstories(ids);
    }

    /**
     * Saves the journalled drafts of the selection (or of every character, when none is
     * selected), each against the copy it started from; the open character is left to Ctrl+S
     * ({@link BulkDraftSave}).
     */
    public CompletableFuture<Boolean> saveDrafts() {
        if (runner.isRunning()) {
            status.failed("A bulk operation is running.");
            return CompletableFuture.completedFuture(false);
        }
        return draftSave.start(
                List.copyOf(library.selectedIds()), editor.snapshotProperty().get());
    }

    /** The selected IDs, or empty (and said why) when there are none or a bulk run is going on. */
    private Optional<List<String>> selection() {
        List<String> ids = List.copyOf(library.selectedIds());
        if (ids.isEmpty() || runner.isRunning()) {
            status.failed(
                    ids.isEmpty()
                            ? "Select characters in the library first (Shift or Ctrl click)."
                            : "A bulk operation is running.");
            return Optional.empty();
        }
        return Optional.of(ids);
    }

    /** Cancels the running bulk operation: items under way finish, the rest are skipped. */
    public void cancel() {
        runner.cancel();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }
}
