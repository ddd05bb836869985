package io.characterstudio.ui.bulk;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The result of a bulk run as the user sees it: a summary, one line per item, the items that
 * failed and those not run (skipped after a cancel), and how to save the text to a file (off the
 * FX thread).
 *
 * @param failedIds  the items that were tried and failed
 * @param skippedIds the items never tried (the run was cancelled first)
 * @param retryable  whether the operation may be run again for failed or skipped items
 * @param folder     the folder the operation wrote to (an export's), which the report offers to open
 */
public record BulkReport(
        String title,
        String summary,
        String text,
        List<String> failedIds,
        List<String> skippedIds,
        boolean retryable,
        Function<Path, CompletableFuture<Void>> save,
        Optional<Path> folder) {

    /** What the user chose when closing the report. */
    public enum Choice {
        CLOSE,
        RETRY_FAILED,
        RUN_SKIPPED
    }

    public BulkReport {
        failedIds = List.copyOf(failedIds);
        skippedIds = List.copyOf(skippedIds);
    }

    /** A report of work that wrote to no folder of its own. */
    public BulkReport(
            String title,
            String summary,
            String text,
            List<String> failedIds,
            List<String> skippedIds,
            boolean retryable,
            Function<Path, CompletableFuture<Void>> save) {
        this(title, summary, text, failedIds, skippedIds, retryable, save, Optional.empty());
    }

    /** The summary and the lines, as copied or saved. */
    public String fullText() {
        return title + "\n" + summary + "\n\n" + text;
    }

    /** Whether "Retry the N failed" is offered: the operation allows it and some items failed. */
    public boolean canRetry() {
        return retryable && !failedIds.isEmpty();
    }

    /** Whether "Run the N not run" is offered: the operation allows it and some items were never tried. */
    public boolean canRunSkipped() {
        return retryable && !skippedIds.isEmpty();
    }

    /** "Retry the 3 failed", when offered. */
    public Optional<String> retryButton() {
        return canRetry() ? Optional.of("Retry the " + failedIds.size() + " failed") : Optional.empty();
    }

    /** "Run the 118 not run", when offered. */
    public Optional<String> runSkippedButton() {
        return canRunSkipped() ? Optional.of("Run the " + skippedIds.size() + " not run") : Optional.empty();
    }

    /** The items a choice runs again: the failed ones, the skipped ones, or none. */
    public List<String> itemsFor(Choice choice) {
        return switch (choice) {
            case RETRY_FAILED -> canRetry() ? failedIds : List.of();
            case RUN_SKIPPED -> canRunSkipped() ? skippedIds : List.of();
            case CLOSE -> List.of();
        };
    }
}
