package io.characterstudio.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.ui.bulk.BulkReport.Choice;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The words and counts of a report's buttons: each says what it does and is offered only when it does something. */
class BulkReportTest {

    private static BulkReport report(List<String> failed, List<String> skipped, boolean retryable) {
        return new BulkReport(
                "Bulk refresh", "", "", failed, skipped, retryable, path -> CompletableFuture.completedFuture(null));
    }

    @Test
    void afterACancelWithNoFailuresOnlyRunningTheOnesNotRunIsOffered() {
        BulkReport report = report(List.of(), List.of("a", "b", "c"), true);
        assertThat(report.retryButton()).isEmpty();
        assertThat(report.runSkippedButton()).contains("Run the 3 not run");
        assertThat(report.itemsFor(Choice.RUN_SKIPPED)).containsExactly("a", "b", "c");
        assertThat(report.itemsFor(Choice.RETRY_FAILED)).isEmpty();
    }

    @Test
    void failuresAndSkippedAreSeparateChoices() {
        BulkReport report = report(List.of("x"), List.of("a", "b"), true);
        assertThat(report.retryButton()).contains("Retry the 1 failed");
        assertThat(report.runSkippedButton()).contains("Run the 2 not run");
        assertThat(report.itemsFor(Choice.RETRY_FAILED)).containsExactly("x");
        assertThat(report.itemsFor(Choice.RUN_SKIPPED)).containsExactly("a", "b");
        assertThat(report.itemsFor(Choice.CLOSE)).isEmpty();
    }

    @Test
    void nothingIsOfferedWhenAllWentWellOrTheOperationCannotBeRunAgain() {
        assertThat(report(List.of(), List.of(), true).retryButton()).isEmpty();
        assertThat(report(List.of(), List.of(), true).runSkippedButton()).isEmpty();
        BulkReport export = report(List.of("x"), List.of("y"), false);
        assertThat(export.retryButton()).isEmpty();
        assertThat(export.runSkippedButton()).isEmpty();
        assertThat(export.itemsFor(Choice.RETRY_FAILED)).isEmpty();
    }
}
