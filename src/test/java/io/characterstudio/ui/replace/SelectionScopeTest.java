package io.characterstudio.ui.replace;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.ui.library.LibraryItem;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Find and replace over the selection: the rows of the selection, found in one pass (not a list scan per row). */
class SelectionScopeTest {

    private static LibraryItem row(int n) {
        return new LibraryItem(new KnownCharacter(
                "sandbox",
                "id-" + n,
                "C" + n,
                "",
                List.of("en-US"),
                List.of(),
                Optional.empty(),
                "",
                Instant.EPOCH,
                Optional.empty(),
                Origin.CREATED,
                Optional.empty(),
                Status.PRESENT));
    }

    /** A selection that counts how often its elements are read. */
    private static final class CountingList extends AbstractList<String> {
        private final List<String> ids;
        long reads;

        CountingList(List<String> ids) {
            this.ids = ids;
        }

        @Override
        public String get(int index) {
            reads++;
            return ids.get(index);
        }

        @Override
        public int size() {
            return ids.size();
        }
    }

    @Test
    void theSelectionsRowsComeInLibraryOrderAndTheSelectionIsReadOnce() {
        int n = 10_000;
        List<LibraryItem> rows =
                IntStream.range(0, n).mapToObj(SelectionScopeTest::row).toList();
        // Every other row, selected from the bottom up: the result keeps the library's order.
        List<String> selected = IntStream.iterate(n - 1, i -> i >= 0, i -> i - 2)
                .mapToObj(i -> "id-" + i)
                .toList();
        CountingList selection = new CountingList(selected);

        List<LibraryItem> scope = FindReplaceViewModel.inSelection(rows, selection);

        assertThat(scope)
                .extracting(LibraryItem::id)
                .containsExactlyElementsOf(IntStream.range(0, n)
                        .filter(i -> i % 2 == 1)
                        .mapToObj(i -> "id-" + i)
                        .toList());
        assertThat(selection.reads).as("reads of the selection").isLessThanOrEqualTo(2L * selected.size());
        assertThat(FindReplaceViewModel.inSelection(rows, List.of())).isEmpty();
    }
}
