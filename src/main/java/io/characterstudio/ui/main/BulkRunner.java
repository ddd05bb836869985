package io.characterstudio.ui.main;

import io.characterstudio.service.BulkRun;
import io.characterstudio.service.ItemResult;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.bulk.BulkReport;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.library.LibraryViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Runs one bulk operation at a time and shows it: progress bar, the current item, speed and time
 * left in the status bar, cancel, and at the end a report of each item that can be copied or
 * saved, with "Retry the N failed" and "Run the N not run" (separate choices) when the operation
 * allows them ({@link BulkReportWriter} words the report).
 */
final class BulkRunner {

    /** One bulk operation: how to start it and how to word its items. */
    record Job<I, T>(
            String verb,
            String title,
            int total,
            Function<Consumer<ItemResult<I, T>>, BulkRun<I, T>> start,
            Function<I, String> nameOf,
            Function<T, String> doneLine,
            String retryHint,
            boolean retryable,
            List<String> notRun,
            Function<T, String> doneWord,
            Optional<Path> folder) {

        Job(
                String verb,
                String title,
                int total,
                Function<Consumer<ItemResult<I, T>>, BulkRun<I, T>> start,
                Function<I, String> nameOf,
                Function<T, String> doneLine,
                String retryHint,
                boolean retryable) {
            this(verb, title, total, start, nameOf, doneLine, retryHint, retryable, List.of());
        }

        Job(
                String verb,
                String title,
                int total,
                Function<Consumer<ItemResult<I, T>>, BulkRun<I, T>> start,
                Function<I, String> nameOf,
                Function<T, String> doneLine,
                String retryHint,
                boolean retryable,
                List<String> notRun) {
            this(
                    verb,
                    title,
                    total,
                    start,
                    nameOf,
                    doneLine,
                    retryHint,
                    retryable,
                    notRun,
                    value -> "done",
                    Optional.empty());
        }

        /** The same job, its report words for a done item given by {@code word} ("changed", "same"). */
        Job<I, T> withDoneWord(Function<T, String> word) {
            return new Job<>(verb, title, total, start, nameOf, doneLine, retryHint, retryable, notRun, word, folder);
        }

        /** The same job, its report offering to open {@code written}, the folder it writes to. */
        Job<I, T> withFolder(Path written) {
            return new Job<>(
                    verb,
                    title,
                    total,
                    start,
                    nameOf,
                    doneLine,
                    retryHint,
                    retryable,
                    notRun,
                    doneWord,
                    Optional.of(written));
        }
    }

    /**
     * What a finished run left: the items not done (failed or skipped), and what the user chose in
     * the report.
     */
    record Outcome<I>(List<I> failed, List<I> skipped, BulkReport.Choice choice) {

        /** The failed and the skipped items. */
        List<I> notDone() {
            List<I> all = new ArrayList<>(failed);
            all.addAll(skipped);
            return all;
        }

        /** The items the user chose to run again (the failed or the skipped ones), or empty. */
        List<I> again() {
            return switch (choice) {
                case RETRY_FAILED -> failed;
                case RUN_SKIPPED -> skipped;
                case CLOSE -> List.of();
            };
        }
    }

    private final LibraryViewModel library;
    private final StatusModel status;
    private final BulkDialogs dialogs;
    private final Executor ui;
    private final Executor io;
    private final LongSupplier nanoTime;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private BulkRun<?, ?> current;
    private StatusModel.Operation currentOperation;

    BulkRunner(
            LibraryViewModel library,
            StatusModel status,
            BulkDialogs dialogs,
            Executor ui,
            Executor io,
            LongSupplier nanoTime) {
        this.library = library;
        this.status = status;
        this.dialogs = dialogs;
        this.ui = ui;
        this.io = io;
        this.nanoTime = nanoTime;
    }

    /** Starts the job; completes on the FX thread after the report was shown. */
    <I, T> CompletableFuture<Outcome<I>> run(Job<I, T> job, Consumer<List<I>> after) {
        AtomicInteger done = new AtomicInteger();
        long started = nanoTime.getAsLong();
        running.set(true);
        progress.set(0);
        status.clearResult(); // the previous run's message gives way to this run's progress
        StatusModel.Operation op = status.begin(job.verb() + " 0 of " + job.total() + "…");
        CompletableFuture<Outcome<I>> finished = new CompletableFuture<>();
        BulkRun<I, T> bulkRun = job.start().apply(item -> {
            int n = done.incrementAndGet();
            long now = nanoTime.getAsLong();
            ui.execute(() -> {
                progress.set(n / (double) job.total());
                op.progress(
                        progressLine(job.verb(), n, job.total(), job.nameOf().apply(item.id()), (now - started) / 1e9));
            });
        });
        current = bulkRun;
        currentOperation = op;
        bulkRun.results()
                .thenAcceptAsync(
                        results -> {
                            running.set(false);
                            current = null;
                            currentOperation = null;
                            BulkReport report = BulkReportWriter.report(job, results, io);
                            Outcome<I> closed = outcome(results, BulkReport.Choice.CLOSE);
                            after.accept(closed.notDone());
                            if (report.failedIds().isEmpty()) {
                                // Done, or cancelled with nothing failed: a neutral message, no error wording.
                                op.succeeded(job.title() + ": " + report.summary());
                            } else {
                                op.failed(job.title() + ": " + report.summary() + " " + job.retryHint());
                            }
                            library.refresh();
                            BulkReport.Choice choice = dialogs.showReport(report);
                            boolean offered = !report.itemsFor(choice).isEmpty();
                            finished.complete(outcome(results, offered ? choice : BulkReport.Choice.CLOSE));
                        },
                        ui);
        return finished;
    }

    /** "Cloning 12 of 40 (Ann), 3.1 per second, about 9 s left…" */
    static String progressLine(String verb, int n, int total, String current, double seconds) {
        double perSecond = seconds > 0 ? n / seconds : 0;
        long left = perSecond > 0 ? Math.round((total - n) / perSecond) : 0;
        return verb + " " + n + " of " + total + " (" + current + "), " + String.format(Locale.ROOT, "%.1f", perSecond)
                + " per second, about " + left + " s left…";
    }

    /** The failed and the skipped items of a finished run, as the items themselves, and the user's choice. */
    private static <I, T> Outcome<I> outcome(List<ItemResult<I, T>> results, BulkReport.Choice choice) {
        List<I> failed = results.stream()
                .filter(r -> r.failure().isPresent())
                .map(ItemResult::id)
                .toList();
        List<I> skipped = results.stream()
                .filter(ItemResult::wasSkipped)
                .map(ItemResult::id)
                .toList();
        return new Outcome<>(failed, skipped, choice);
    }

    boolean isRunning() {
        return running.get();
    }

    void cancel() {
        BulkRun<?, ?> run = current;
        if (run != null) {
            run.cancel();
            currentOperation.progress("Cancelling: the items under way finish, the rest are skipped…");
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
