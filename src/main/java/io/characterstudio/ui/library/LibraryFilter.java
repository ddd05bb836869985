package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Filters and sorts the library's rows on a background executor, the newest request winning:
 * each request takes a generation number; a request that is no longer the newest stops (before it
 * starts, and every {@value #CHECK_EVERY} rows while it scans) and its result is dropped, so fast
 * typing never queues up work. Results are handed over on the UI executor. The rows are sorted
 * once per snapshot and order (the same list and comparator objects), and each query then picks
 * its rows from that sorted list, in order: a keystroke sorts nothing.
 */
final class LibraryFilter {

    static final int CHECK_EVERY = 512;

    /**
     * The rows a query shows, in order, how many rows there are to search (deleted ones only when
     * shown), and how many deleted and missing rows the query would show but are hidden.
     */
    record Result(LibraryQuery query, List<LibraryItem> rows, int total, int hiddenDeleted, int hiddenMissing) {

        /** "1 deleted, 2 missing hidden", counting only the hidden rows this query matches; empty when none. */
        String hiddenText() {
            return LibraryTexts.hidden(hiddenDeleted, hiddenMissing);
        }

        /** "392 of 10,000" while a search or filter narrows the rows, else "10,000 characters". */
        String countText() {
            if (query.isEmpty()) {
                return number(total) + (total == 1 ? " character" : " characters");
            }
            return number(rows.size()) + " of " + number(total);
        }

        private static String number(int n) {
            return String.format(Locale.ROOT, "%,d", n);
        }
    }

    private final Executor background;
    private final Executor ui;
    private final Consumer<Result> onResult;
    private final AtomicLong generation = new AtomicLong();
    private volatile Sorted sorted = new Sorted(List.of(), (a, b) -> 0, List.of());

    /** {@code rows} in {@code order}, remembered for the next query on the same snapshot and order. */
    private record Sorted(List<LibraryItem> source, Comparator<LibraryItem> order, List<LibraryItem> rows) {}

    LibraryFilter(Executor background, Executor ui, Consumer<Result> onResult) {
        this.background = background;
        this.ui = ui;
        this.onResult = onResult;
    }

    /**
     * Filters a snapshot of the rows (taken by the caller on the UI thread) by the query, and
     * deleted and missing rows out unless {@code everyStatus}; sorts them by {@code order}.
     */
    void run(List<LibraryItem> snapshot, LibraryQuery query, boolean everyStatus, Comparator<LibraryItem> order) {
        long mine = generation.incrementAndGet();
        background.execute(() -> {
            Result result = filter(mine, snapshot, query, everyStatus, order);
            if (result != null) {
                ui.execute(() -> {
                    if (mine == generation.get()) {
                        onResult.accept(result);
                    }
                });
            }
        });
    }

    /** The result, or null once a newer request came. */
    private Result filter(
            long mine,
            List<LibraryItem> snapshot,
            LibraryQuery query,
            boolean everyStatus,
            Comparator<LibraryItem> order) {
        List<LibraryItem> inOrder = inOrder(snapshot, order);
        List<LibraryItem> shown = new ArrayList<>();
        int total = 0;
        int[] hidden = new int[KnownCharacter.Status.values().length];
        for (int i = 0; i < inOrder.size(); i++) {
            if (i % CHECK_EVERY == 0 && mine != generation.get()) {
                return null;
            }
            LibraryItem row = inOrder.get(i);
            if (everyStatus || row.status() == KnownCharacter.Status.PRESENT) {
                total++;
                if (query.test(row)) {
                    shown.add(row);
                }
            } else if (query.test(row)) {
                hidden[row.status().ordinal()]++;
            }
        }
        return mine == generation.get()
                ? new Result(
                        query,
                        List.copyOf(shown),
                        total,
                        hidden[KnownCharacter.Status.DELETED.ordinal()],
                        hidden[KnownCharacter.Status.MISSING.ordinal()])
                : null;
    }

    /** The snapshot sorted by {@code order}: the remembered list when both are the same objects as last time. */
    private List<LibraryItem> inOrder(List<LibraryItem> snapshot, Comparator<LibraryItem> order) {
        Sorted known = sorted;
        if (known.source() == snapshot && known.order() == order) {
            return known.rows();
        }
        List<LibraryItem> rows = new ArrayList<>(snapshot);
        rows.sort(order);
        sorted = new Sorted(snapshot, order, rows);
        return rows;
    }
}
