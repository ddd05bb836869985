package io.characterstudio.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.ui.bulk.BulkListing.Filter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary, filters and order of a long dry run or report, without the toolkit. */
class BulkListingTest {

    private static List<String> refreshReport(int same, int changed, int failed, int skipped) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < same; i++) {
            lines.add("same      Same " + i + ": read");
            if (i < changed) {
                lines.add("changed   Changed " + i + ": read");
            }
            if (i < failed) {
                lines.add("FAILED    Failed " + i + ": The server failed");
            }
            if (i < skipped) {
                lines.add("skipped   Skipped " + i + " (cancelled)");
            }
        }
        return lines;
    }

    @Test
    void theSummaryCountsEachKindInWordsTheMostImportantFirst() {
        BulkListing listing = new BulkListing(refreshReport(834, 12, 0, 0));
        assertThat(listing.summary("846 to refresh"))
                .isEqualTo("846 to refresh: 12 changed on the server, 834 up to date");
        assertThat(new BulkListing(refreshReport(10, 2, 3, 4)).summary("Bulk refresh"))
                .isEqualTo("Bulk refresh: 3 failed, 2 changed on the server, 4 not run (cancelled), 10 up to date");
        assertThat(new BulkListing(List.of()).summary("Refresh 0 characters"))
                .isEqualTo("Refresh 0 characters: nothing to do");
    }

    @Test
    void onlyTheFiltersThatApplyAreOfferedWithTheirCounts() {
        BulkListing changed = new BulkListing(refreshReport(834, 12, 0, 0));
        assertThat(changed.filters()).containsExactly(Filter.ALL, Filter.CHANGED);
        assertThat(changed.label(Filter.ALL)).isEqualTo("All (846)");
        assertThat(changed.label(Filter.CHANGED)).isEqualTo("Changed (12)");

        BulkListing mixed = new BulkListing(refreshReport(10, 2, 3, 4));
        assertThat(mixed.filters()).containsExactly(Filter.ALL, Filter.FAILED, Filter.CHANGED, Filter.SKIPPED);

        BulkListing plan = new BulkListing(List.of("read    Ann (1)", "read    Bo (2)"));
        assertThat(plan.filters()).as("one kind of line: nothing to filter").containsExactly(Filter.ALL);
        BulkListing allSkipped = new BulkListing(List.of("skipped   Ann (cancelled)", "skipped   Bo (cancelled)"));
        assertThat(allSkipped.filters())
                .as("a filter that shows everything is All")
                .containsExactly(Filter.ALL);
    }

    @Test
    void failedLinesComeFirstThenChangedThenTheRestEachInItsOrder() {
        BulkListing listing = new BulkListing(List.of(
                "same      A",
                "skipped   B",
                "changed   C",
                "FAILED    D",
                "same      E",
                "REFUSED   F",
                "changed   G",
                "unchanged H"));
        assertThat(listing.lines(Filter.ALL))
                .containsExactly(
                        "FAILED    D",
                        "REFUSED   F",
                        "changed   C",
                        "changed   G",
                        "skipped   B",
                        "unchanged H",
                        "same      A",
                        "same      E");
        assertThat(listing.lines(Filter.FAILED)).containsExactly("FAILED    D", "REFUSED   F");
        assertThat(listing.lines(Filter.CHANGED)).containsExactly("changed   C", "changed   G");
        assertThat(listing.lines(Filter.SKIPPED)).containsExactly("skipped   B", "unchanged H");
        assertThat(listing.count(Filter.SKIPPED)).isEqualTo(2);
    }

    @Test
    void aThousandLinesAreSortedAndFilteredQuickly() {
        List<String> lines = refreshReport(1000, 300, 20, 100);
        long start = System.nanoTime();
        BulkListing listing = new BulkListing(lines);
        assertThat(listing.lines(Filter.FAILED))
                .hasSize(20)
                .allSatisfy(l -> assertThat(l).startsWith("FAILED"));
        assertThat(listing.lines(Filter.ALL)).hasSize(1420).first().asString().startsWith("FAILED");
        assertThat((System.nanoTime() - start) / 1e6).as("ms").isLessThan(200);
    }

    @Test
    void aDryRunCountsItsVerbsInThePluralAndSkippedLinesAreNamedByWhatTheyAre() {
        assertThat(new BulkListing(List.of("clone   A", "clone   B")).summary("Clone 1 characters"))
                .isEqualTo("Clone 1 characters: 2 clones");
        assertThat(new BulkListing(List.of("delete  A")).summary("Delete 1 characters"))
                .isEqualTo("Delete 1 characters: 1 delete");
        assertThat(new BulkListing(List.of("save    A", "save    B", "open    C is open in the editor"))
                        .summary("Save"))
                .isEqualTo("Save: 2 saves, 1 open in the editor");
        BulkListing imported = new BulkListing(List.of("done      A", "unchanged B", "unchanged C"));
        assertThat(imported.label(Filter.SKIPPED)).isEqualTo("Unchanged (2)");
        BulkListing cancelled = new BulkListing(List.of("done      A", "skipped   B (cancelled)"));
        assertThat(cancelled.label(Filter.SKIPPED)).isEqualTo("Not run (1)");
    }

    @Test
    void anImportReportListsWhatItDidFirstAndCallsRefusedFilesRefused() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            lines.add("unchanged ann-" + i + ".character.json: unchanged (same ID, same fields)");
        }
        lines.add(3, "done      bo.character.json (Bo): updated");
        lines.add("done      cy.character.json (Cy): created");
        lines.add("REFUSED   broken.character.json: the file ends in the middle (line 1, column 38)");
        BulkListing listing = new BulkListing(lines);
        assertThat(listing.filters()).containsExactly(Filter.ALL, Filter.FAILED, Filter.DONE, Filter.SKIPPED);
        assertThat(listing.label(Filter.FAILED)).as("the summary's word").isEqualTo("Refused (1)");
        assertThat(listing.label(Filter.DONE)).isEqualTo("Done (2)");
        assertThat(listing.lines(Filter.ALL).subList(0, 3))
                .containsExactly(
                        "REFUSED   broken.character.json: the file ends in the middle (line 1, column 38)",
                        "done      bo.character.json (Bo): updated",
                        "done      cy.character.json (Cy): created");
        assertThat(listing.lines(Filter.DONE)).hasSize(2);
        assertThat(new BulkListing(List.of("FAILED    a: x", "REFUSED   b: y", "done      c: z")).label(Filter.FAILED))
                .isEqualTo("Failed or refused (2)");
    }
}
