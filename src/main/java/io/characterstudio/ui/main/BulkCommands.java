package io.characterstudio.ui.main;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.service.BulkRun;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.ItemResult;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ObservableValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bulk work on the library's selection: delete through the trash after a typed confirmation with
 * the count (the ones that failed stay selected, so that running it again retries exactly them),
 * and clone N copies each; both with progress, cancel, one result per item and a report.
 */
final class BulkCommands {

    static final int CONCURRENCY = 4;

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final StatusModel status;
    private final DialogService dialogs;
    private final TrashService trash;
    private final ObservableValue<Session> session;
    private final Executor ui;
    private final Executor bulkExecutor;
    private final Supplier<CompletableFuture<Boolean>> confirmLeave;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private Runnable current;

    BulkCommands(LibraryViewModel library, EditorViewModel editor, StatusModel status, DialogService dialogs,
                 TrashService trash, ObservableValue<Session> session, Executor ui, Executor bulkExecutor,
                 Supplier<CompletableFuture<Boolean>> confirmLeave) {
        this.library = library;
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
        this.trash = trash;
        this.session = session;
        this.ui = ui;
        this.bulkExecutor = bulkExecutor;
        this.confirmLeave = confirmLeave;
    }

    CompletableFuture<Boolean> deleteSelected() {
        Optional<List<String>> selection = selection();
        if (selection.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        List<String> ids = selection.get();
        ServerCharacter open = editor.snapshotProperty().get();
        boolean openOneGoes = open != null && ids.contains(open.id());
        CompletableFuture<Boolean> leave = openOneGoes ? confirmLeave.get() : CompletableFuture.completedFuture(true);
        return leave.thenCompose(ok -> {
            List<String> names = ids.stream().map(library::nameOf).toList();
            if (!ok || !dialogs.confirmBulkDelete(names)) {
                return CompletableFuture.completedFuture(false);
            }
            return deleteRun(ids, openOneGoes);
        });
    }

    /** Clones the selection (asks how many copies, KB, and a name pattern), never retrying a clone. */
    CompletableFuture<Boolean> cloneSelected() {
        Optional<List<String>> selection = selection();
        if (selection.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        List<String> ids = selection.get();
        Optional<DialogService.BulkCloneRequest> request = dialogs.askBulkClone(ids.size());
        if (request.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        DialogService.BulkCloneRequest r = request.get();
        return this.<ServerCharacter>run("Cloning", "Bulk clone", ids.size() * r.copies(),
                onItem -> session.getValue().service().cloneMany(ids, r.copies(), r.withKnowledgeBank(),
                        r.namePattern(), CONCURRENCY, bulkExecutor, onItem),
                item -> library.nameOf(item.substring(0, item.lastIndexOf('#'))) + ", copy "
                        + item.substring(item.lastIndexOf('#') + 1),
                copy -> "cloned as \"" + copy.name() + "\" (" + copy.id() + ")",
                "Nothing is retried automatically: a retried clone would make a duplicate.",
                failed -> { }).thenApply(failed -> failed.isEmpty());
    }

    /** Reads the selection again from the server (missing ones are marked so), with a report. */
    CompletableFuture<Boolean> refreshSelected() {
        Optional<List<String>> selection = selection();
        if (selection.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        List<String> ids = selection.get();
        return this.<ServerCharacter>run("Refreshing", "Bulk refresh", ids.size(),
                onItem -> session.getValue().service().refreshMany(ids, CONCURRENCY, onItem),
                library::nameOf, copy -> "up to date (\"" + copy.name() + "\")",
                "Reads can be run again at any time.", failed -> { }).thenApply(List::isEmpty);
    }

    private CompletableFuture<Boolean> deleteRun(List<String> ids, boolean openOneGoes) {
        return this.<TrashEntry>run("Deleting", "Bulk delete", ids.size(),
                onItem -> trash.deleteMany(session.getValue().service(), ids, CONCURRENCY, bulkExecutor, onItem),
                library::nameOf, entry -> "deleted (a copy is in the trash)",
                "The ones left are still selected: run it again to retry.",
                failed -> {
                    library.selectedIds().setAll(failed);
                    if (openOneGoes && !failed.contains(editor.snapshotProperty().get().id())) {
                        editor.discardDraft();
                        editor.close();
                    }
                }).thenApply(failed -> failed.isEmpty());
    }

    /**
     * Runs one bulk operation: progress and time left in the status bar, cancel, and a report
     * of each item; completes with the items that failed or were skipped.
     */
    private <T> CompletableFuture<List<String>> run(String verb, String title, int total,
                                                    Function<Consumer<ItemResult<T>>, BulkRun<T>> start,
                                                    Function<String, String> nameOf, Function<T, String> doneLine,
                                                    String retryHint, Consumer<List<String>> after) {
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        running.set(true);
        progress.set(0);
        status.started(verb + " 0 of " + total + "…");
        CompletableFuture<List<String>> finished = new CompletableFuture<>();
        BulkRun<T> bulkRun = start.apply(item -> {
            int n = done.incrementAndGet();
            ui.execute(() -> {
                progress.set(n / (double) total);
                double seconds = (System.nanoTime() - started) / 1e9;
                long left = Math.round(seconds / n * (total - n));
                status.update(verb + " " + n + " of " + total + " (" + nameOf.apply(item.id()) + "), about "
                        + left + " s left…");
            });
        });
        current = bulkRun::cancel;
        bulkRun.results().thenAcceptAsync(results -> {
            running.set(false);
            List<String> failed = new ArrayList<>();
            StringBuilder report = new StringBuilder();
            int ok = 0;
            int skipped = 0;
            for (ItemResult<T> r : results) {
                String name = nameOf.apply(r.id());
                if (r.succeeded()) {
                    ok++;
                    report.append("done      ").append(name).append(": ").append(doneLine.apply(r.value().orElseThrow()))
                            .append('\n');
                } else if (r.wasSkipped()) {
                    skipped++;
                    failed.add(r.id());
                    report.append("skipped   ").append(name).append(" (cancelled)\n");
                } else {
                    failed.add(r.id());
                    report.append("FAILED    ").append(name).append(": ")
                            .append(FailureMessages.describe(r.failure().orElseThrow(), r.id())).append('\n');
                }
            }
            String summary = ok + " done, " + (failed.size() - skipped) + " failed, " + skipped + " skipped.";
            after.accept(failed);
            if (failed.isEmpty()) {
                status.succeeded(title + ": " + summary);
            } else {
                status.failed(title + ": " + summary + " " + retryHint);
            }
            library.refresh();
            dialogs.showReport(title, summary + "\n\n" + report);
            finished.complete(failed);
        }, ui);
        return finished;
    }

    /** The selected IDs, or empty (and said why) when there are none or a bulk run is going on. */
    private Optional<List<String>> selection() {
        List<String> ids = List.copyOf(library.selectedIds());
        if (ids.isEmpty() || running.get()) {
            status.failed(ids.isEmpty() ? "Select characters in the library first (Shift or Ctrl click)."
                    : "A bulk operation is running.");
            return Optional.empty();
        }
        return Optional.of(ids);
    }

    void cancel() {
        if (current != null) {
            current.run();
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
