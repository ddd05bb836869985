package io.characterstudio.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The result of a bulk run as the user sees it: a summary, one line per item, the items that
 * failed or were skipped, and how to save the text to a file (off the FX thread).
 *
 * @param canRetry whether "Retry the failed ones" is offered (there are failures and the
 *                 operation may be run again for them)
 */
public record BulkReport(String title, String summary, String text, List<String> failedIds, boolean canRetry,
                         Function<Path, CompletableFuture<Void>> save) {

    public BulkReport {
        failedIds = List.copyOf(failedIds);
    }

    /** The summary and the lines, as copied or saved. */
    public String fullText() {
        return title + "\n" + summary + "\n\n" + text;
    }
}
