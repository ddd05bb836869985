package io.characterstudio.ui.main;

import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.ItemResult;
import io.characterstudio.service.TextFiles;
import io.characterstudio.ui.bulk.BulkListing;
import io.characterstudio.ui.bulk.BulkReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Words the report of a finished bulk run (a piece of {@link BulkRunner}): one line per item
 * (its done word, "skipped" or "FAILED" with the reason), the lines of the items not run, and the
 * summary ("40 done (12 changed on the server, 28 up to date), 0 failed, 0 skipped." or
 * "Cancelled: 47 done, 205 not run.").
 */
final class BulkReportWriter {

    private BulkReportWriter() {}

    /** The report of a finished run of {@code job}; saving it writes the text on {@code io}. */
    static <I, T> BulkReport report(BulkRunner.Job<I, T> job, List<ItemResult<I, T>> results, Executor io) {
        List<String> failed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        Map<String, Integer> doneWords = new LinkedHashMap<>();
        int ok = 0;
        for (ItemResult<I, T> r : results) {
            String name = job.nameOf().apply(r.id());
            if (r.succeeded()) {
                ok++;
                String word = job.doneWord().apply(r.value().orElseThrow());
                doneWords.merge(word, 1, Integer::sum);
                lines.append(String.format(Locale.ROOT, "%-9s ", word))
                        .append(name)
                        .append(": ")
                        .append(job.doneLine().apply(r.value().orElseThrow()))
                        .append('\n');
            } else if (r.wasSkipped()) {
                skipped.add(String.valueOf(r.id()));
                lines.append("skipped   ").append(name).append(" (cancelled)\n");
            } else {
                failed.add(String.valueOf(r.id()));
                lines.append("FAILED    ")
                        .append(name)
                        .append(": ")
                        .append(FailureMessages.describe(r.failure().orElseThrow(), String.valueOf(r.id())))
                        .append('\n');
            }
        }
        job.notRun().forEach(line -> lines.append(line).append('\n'));
        String summary = skipped.isEmpty()
                ? ok + " done" + doneBreakdown(doneWords) + ", " + failed.size() + " failed, 0 skipped"
                        + notRunCounts(job.notRun()) + "."
                : cancelledSummary(ok + " done" + doneBreakdown(doneWords), failed.size(), skipped.size());
        String title = job.title();
        String text = lines.toString();
        return new BulkReport(
                title,
                summary,
                text,
                failed,
                skipped,
                job.retryable(),
                path -> TextFiles.write(path, title + "\n" + summary + "\n\n" + text, io),
                job.folder());
    }

    /** "Cancelled: 47 done, 205 not run." (with ", 2 failed" only when some failed). */
    static String cancelledSummary(String done, int failed, int notRun) {
        return "Cancelled: " + done + (failed > 0 ? ", " + failed + " failed" : "") + ", " + notRun + " not run.";
    }

    /** " (12 changed on the server, 834 up to date)" when done items have words of their own, else "". */
    private static String doneBreakdown(Map<String, Integer> doneWords) {
        if (doneWords.isEmpty() || doneWords.keySet().equals(Set.of("done"))) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        doneWords.forEach((word, n) -> parts.add(n + " " + BulkListing.phrase(word)));
        return " (" + String.join(", ", parts) + ")";
    }

    /** ", 1 unchanged, 3 refused": the items not run, counted by the first word of their lines. */
    static String notRunCounts(List<String> notRun) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        notRun.forEach(
                line -> counts.merge(line.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((word, n) -> text.append(", ").append(n).append(' ').append(word));
        return text.toString();
    }
}
