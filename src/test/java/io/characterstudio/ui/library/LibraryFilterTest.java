package io.characterstudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A keystroke filters rows that are already in order: the rows are sorted once per list and
 * order, not once per query (sorting 10,000 names in natural order was a third of a keystroke).
 */
class LibraryFilterTest {

    private final AtomicInteger comparisons = new AtomicInteger();
    private final Comparator<LibraryItem> counting = (a, b) -> {
        comparisons.incrementAndGet();
        return LibrarySort.order(LibrarySort.NAME).compare(a, b);
    };
    private final List<LibraryFilter.Result> results = new ArrayList<>();
    private final LibraryFilter filter = new LibraryFilter(Runnable::run, Runnable::run, results::add);

    private static List<LibraryItem> cast(int size) {
        List<KnownCharacter> known = new ArrayList<>();
        for (int i = size - 1; i >= 0; i--) {
            known.add(new KnownCharacter(
                    "sandbox",
                    "id-" + i,
                    "Bram " + i,
                    "",
                    List.of("en-US"),
                    List.of(),
                    Optional.of(i % 10 == 0 ? "By the harbour." : "Inland."),
                    "",
                    Instant.EPOCH,
                    Optional.empty(),
                    Origin.CREATED,
                    Optional.empty(),
                    i % 7 == 0 ? Status.DELETED : Status.PRESENT));
        }
        return LibraryRows.of(known, Map.of(), Set.of());
    }

    private List<String> lastNames() {
        return results.get(results.size() - 1).rows().stream()
                .map(LibraryItem::name)
                .toList();
    }

    @Test
    void keystrokesOnTheSameRowsAndOrderSortNothingAgainAndKeepTheOrder() {
        List<LibraryItem> rows = cast(300);
        filter.run(rows, LibraryQuery.parse(""), false, counting);
        assertThat(comparisons.get()).isPositive();
        assertThat(lastNames()).startsWith("Bram 1", "Bram 2", "Bram 3", "Bram 4", "Bram 5", "Bram 6", "Bram 8");

        comparisons.set(0);
        for (String typed : List.of("h", "ha", "harbour", "")) {
            filter.run(rows, LibraryQuery.parse(typed), false, counting);
        }
        assertThat(comparisons.get()).as("comparisons after the first sort").isZero();
        filter.run(rows, LibraryQuery.parse("harbour"), true, counting);
        assertThat(lastNames())
                .startsWith("Bram 0", "Bram 10", "Bram 20", "Bram 30")
                .hasSize(30);
        assertThat(results.get(results.size() - 1).countText()).isEqualTo("30 of 300");
    }

    @Test
    void newRowsOrAnotherOrderAreSortedAgain() {
        List<LibraryItem> rows = cast(50);
        filter.run(rows, LibraryQuery.parse(""), false, counting);
        comparisons.set(0);
        filter.run(List.copyOf(rows.subList(0, 40)), LibraryQuery.parse(""), false, counting);
        assertThat(comparisons.get()).as("a new list of rows").isPositive();
        assertThat(lastNames()).first().isEqualTo("Bram 10");

        filter.run(rows, LibraryQuery.parse(""), true, counting.reversed());
        assertThat(lastNames()).first().isEqualTo("Bram 49");
    }
}
