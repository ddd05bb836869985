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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bulk work on the library's selection: delete through the trash after a typed confirmation with
 * the count, with progress, cancel, one result per character and a report; the ones that failed
 * stay selected, so that running it again retries exactly them.
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
    private BulkRun<TrashEntry> current;

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
        List<String> ids = List.copyOf(library.selectedIds());
        if (ids.isEmpty() || running.get()) {
            status.failed(ids.isEmpty() ? "Select characters in the library first (Shift or Ctrl click)."
                    : "A bulk operation is running.");
            return CompletableFuture.completedFuture(false);
        }
        ServerCharacter open = editor.snapshotProperty().get();
        boolean openOneGoes = open != null && ids.contains(open.id());
        CompletableFuture<Boolean> leave = openOneGoes ? confirmLeave.get() : CompletableFuture.completedFuture(true);
        return leave.thenCompose(ok -> {
            List<String> names = ids.stream().map(library::nameOf).toList();
            if (!ok || !dialogs.confirmBulkDelete(names)) {
                return CompletableFuture.completedFuture(false);
            }
            return run(ids, openOneGoes);
        });
    }

    private CompletableFuture<Boolean> run(List<String> ids, boolean openOneGoes) {
        int total = ids.size();
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        running.set(true);
        progress.set(0);
        status.started("Deleting 0 of " + total + "…");
        CompletableFuture<Boolean> finished = new CompletableFuture<>();
        current = trash.deleteMany(session.getValue().service(), ids, CONCURRENCY, bulkExecutor, item -> {
            int n = done.incrementAndGet();
            ui.execute(() -> {
                progress.set(n / (double) total);
                double seconds = (System.nanoTime() - started) / 1e9;
                long left = Math.round(seconds / n * (total - n));
                status.update("Deleting " + n + " of " + total + " (" + library.nameOf(item.id()) + "), about "
                        + left + " s left…");
            });
        });
        current.results().thenAcceptAsync(results -> {
            running.set(false);
            List<String> failed = new ArrayList<>();
            StringBuilder report = new StringBuilder();
            int deleted = 0;
            int skipped = 0;
            for (ItemResult<TrashEntry> r : results) {
                String name = library.nameOf(r.id());
                if (r.succeeded()) {
                    deleted++;
                    report.append("deleted   ").append(name).append(" (").append(r.id()).append(")\n");
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
            String summary = deleted + " deleted (copies in the trash), " + (failed.size() - skipped) + " failed, "
                    + skipped + " skipped.";
            library.selectedIds().setAll(failed);
            if (openOneGoes && !failed.contains(editor.snapshotProperty().get().id())) {
                editor.discardDraft();
                editor.close();
            }
            if (failed.isEmpty()) {
                status.succeeded("Bulk delete: " + summary);
            } else {
                status.failed("Bulk delete: " + summary + " The ones left are still selected: run it again to retry.");
            }
            library.refresh();
            dialogs.showReport("Bulk delete", summary + "\n\n" + report);
            finished.complete(failed.isEmpty());
        }, ui);
        return finished;
    }

    void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
