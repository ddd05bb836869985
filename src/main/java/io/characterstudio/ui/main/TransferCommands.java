package io.characterstudio.ui.main;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.TransferService;
import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.ImportItem;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.transfer.TransferDialogs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Export (the selection, the open character, or every character) to JSON files (the folder is made
 * first, off the JavaFX thread, or the export is refused with the reason before any character is
 * read; characters come from this computer's complete copies unless the user asks to refresh from
 * the server first), and import them
 * back after a preview that proposes create, update or skip per file; both run as bulk work with
 * progress and a report.
 */
public final class TransferCommands {

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final StatusModel status;
    private final TransferDialogs dialogs;
    private final TransferService transfer;
    private final Supplier<Session> session;
    private final Executor ui;
    private final Executor bulkExecutor;
    private final BulkRunner runner;

    TransferCommands(
            LibraryViewModel library,
            EditorViewModel editor,
            StatusModel status,
            TransferDialogs dialogs,
            TransferService transfer,
            Supplier<Session> session,
            Executor ui,
            Executor bulkExecutor,
            BulkRunner runner) {
        this.library = library;
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
        this.transfer = transfer;
        this.session = session;
        this.ui = ui;
        this.bulkExecutor = bulkExecutor;
        this.runner = runner;
    }

    /** Exports the selection, or the open character when nothing is selected. */
    public CompletableFuture<Boolean> exportSelected() {
        List<String> ids = List.copyOf(library.selectedIds());
        ServerCharacter open = editor.snapshotProperty().get();
        if (ids.isEmpty() && open != null) {
            ids = List.of(open.id());
        }
        return export(ids);
    }

    /** Exports every character of the connection that is still on the server. */
    public CompletableFuture<Boolean> exportAll() {
        return export(library.all().stream()
                .filter(i -> i.status() == KnownCharacter.Status.PRESENT)
                .map(LibraryItem::id)
                .toList());
    }

    private CompletableFuture<Boolean> export(List<String> ids) {
        if (ids.isEmpty() || runner.isRunning()) {
            status.failed(
                    ids.isEmpty()
                            ? "Nothing to export: select characters or open one."
                            : "A bulk operation is running.");
            return CompletableFuture.completedFuture(false);
        }
        Optional<TransferDialogs.ExportRequest> request = dialogs.askExport(ids.size());
        if (request.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Path folder = request.get().folder();
        TransferService.Source source =
                request.get().refreshFirst() ? TransferService.Source.SERVER : TransferService.Source.WORKSPACE;
        return CompletableFuture.supplyAsync(() -> transfer.prepareFolder(folder), bulkExecutor)
                .handleAsync(
                        (made, refused) -> {
                            if (refused != null) {
                                status.failed(
                                        FailureMessages.unwrap(refused) instanceof TransferService.FolderRefused r
                                                ? r.getMessage()
                                                : "Nothing exported: " + FailureMessages.describe(refused, ""));
                                return CompletableFuture.completedFuture(false);
                            }
                            // The report names the folder, and says when the export made it.
                            String title = "Export to " + folder + (made ? " (created)" : "");
                            BulkRunner.Job<String, TransferService.Exported> job = new BulkRunner.Job<>(
                                            "Exporting",
                                            title,
                                            ids.size(),
                                            onItem -> transfer.export(
                                                    session.get().service(),
                                                    ids,
                                                    folder,
                                                    request.get().formats(),
                                                    source,
                                                    BulkCommands.CONCURRENCY,
                                                    bulkExecutor,
                                                    onItem),
                                            library::nameOf,
                                            TransferCommands::exportedLine,
                                            "Export again for the ones that failed.",
                                            false)
                                    .withFolder(folder);
                            return runner.run(job, failed -> {})
                                    .thenApply(outcome -> outcome.notDone().isEmpty());
                        },
                        ui)
                .thenCompose(f -> f);
    }

    /** The report line of one exported character: the files, and why one has another name than usual. */
    static String exportedLine(TransferService.Exported exported) {
        String files = "written to "
                + String.join(
                        ", ",
                        exported.files().stream()
                                .map(f -> f.getFileName().toString())
                                .toList());
        return exported.notes().isEmpty() ? files : files + " (" + String.join("; ", exported.notes()) + ")";
    }

    /** Asks for files, shows the preview, then imports what the user chose. */
    public CompletableFuture<Boolean> importFiles() {
        if (runner.isRunning()) {
            status.failed("A bulk operation is running.");
            return CompletableFuture.completedFuture(false);
        }
        return importFiles(dialogs.askImportFiles());
    }

    /** Imports the given files after the preview. */
    public CompletableFuture<Boolean> importFiles(List<Path> paths) {
        if (paths.isEmpty() || runner.isRunning()) {
            if (runner.isRunning()) {
                status.failed("A bulk operation is running.");
            }
            return CompletableFuture.completedFuture(false);
        }
        StatusModel.Operation op =
                status.begin("Reading " + paths.size() + " file" + (paths.size() == 1 ? "" : "s") + "…");
        return transfer.plan(session.get().service(), paths, bulkExecutor)
                .handleAsync(
                        (plan, failure) -> {
                            if (failure != null) {
                                op.failed("Import stopped: " + FailureMessages.describe(failure, ""), failure);
                                return CompletableFuture.completedFuture(false);
                            }
                            op.succeeded("Read " + paths.size() + " file" + (paths.size() == 1 ? "" : "s") + ".");
                            Optional<List<ImportItem>> chosen = dialogs.confirmImport(plan);
                            return chosen.map(this::importRun).orElse(CompletableFuture.completedFuture(false));
                        },
                        ui)
                .thenCompose(f -> f);
    }

    private CompletableFuture<Boolean> importRun(List<ImportItem> items) {
        List<ImportItem> toRun = items.stream()
                .filter(i -> i.action() == Action.CREATE || i.action() == Action.UPDATE || i.action() == Action.ADD_ID)
                .toList();
        List<String> notRun = items.stream()
                .filter(i -> !toRun.contains(i))
                .map(i -> (i.action() == Action.INVALID ? "REFUSED   " : "unchanged ") + i.key() + ": " + i.reason())
                .toList();
        Map<String, String> names = new HashMap<>();
        items.forEach(i -> names.put(i.key(), i.key() + " (" + i.title() + ")"));
        BulkRunner.Job<String, String> job = new BulkRunner.Job<>(
                "Importing",
                "Import",
                toRun.size(),
                onItem -> transfer.run(session.get().service(), toRun, BulkCommands.CONCURRENCY, bulkExecutor, onItem),
                key -> names.getOrDefault(key, key),
                done -> done,
                "Import the same files again for the ones that failed: what was made is found and skipped.",
                false,
                notRun);
        return runner.run(job, failed -> {})
                .thenApply(outcome -> outcome.notDone().isEmpty());
    }
}
