package io.characterstudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.ui.common.StatusModel;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The library at scale, without the toolkit: counts, loading, natural sort, tag prefixes, newest query wins. */
class LibraryScaleTest {

    private final LibraryViewModel vm =
            new LibraryViewModel(new SimpleObjectProperty<>(), null, new StatusModel(), Runnable::run);

    private static KnownCharacter known(String id, String name, String backstory, Status status) {
        return new KnownCharacter(
                "sandbox",
                id,
                name,
                "",
                List.of("en-US"),
                List.of(),
                Optional.of(backstory),
                "",
                Instant.EPOCH,
                Optional.empty(),
                Origin.CREATED,
                Optional.empty(),
                status);
    }

    private static List<LibraryItem> cast(int size) {
        List<KnownCharacter> known = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            known.add(known("id-" + i, "Bram " + i, i % 10 == 0 ? "By the harbour." : "Inland.", Status.PRESENT));
        }
        return LibraryRows.of(known, Map.of(), Set.of());
    }

    private List<String> names() {
        return vm.visible().stream().map(LibraryItem::name).toList();
    }

    @Test
    void theCountSaysOpeningUntilLoadedThenHowManyAndHowManyOfThemMatch() {
        assertThat(vm.countTextProperty().get()).isEqualTo("Opening…");
        assertThat(vm.emptyTextProperty().get()).isEqualTo("Opening…");
        assertThat(vm.offerFirstCharacterProperty().get())
                .as("not while loading")
                .isFalse();

        vm.show(cast(10_000));
        assertThat(vm.countTextProperty().get()).isEqualTo("10,000 characters");
        vm.filterProperty().set("harbour");
        assertThat(vm.countTextProperty().get()).isEqualTo("1,000 of 10,000");
        vm.filterProperty().set("nowhere");
        assertThat(vm.emptyTextProperty().get()).isEqualTo("No character matches \u201Cnowhere\u201D.");
        assertThat(vm.offerFirstCharacterProperty().get()).isFalse();
    }

    @Test
    void deletedRowsAreLeftOutOfTheCountUnlessShown() {
        vm.show(LibraryRows.of(
                List.of(known("a", "Ann", "", Status.PRESENT), known("b", "Bo", "", Status.DELETED)),
                Map.of(),
                Set.of()));
        assertThat(vm.countTextProperty().get()).isEqualTo("1 character");
        vm.showGoneProperty().set(true);
        assertThat(vm.countTextProperty().get()).isEqualTo("2 characters");
    }

    @Test
    void anEmptyLoadedLibraryInvitesTheFirstCharacter() {
        vm.show(List.of());
        assertThat(vm.countTextProperty().get()).isEqualTo("0 characters");
        assertThat(vm.emptyTextProperty().get()).startsWith("No characters yet.");
        assertThat(vm.offerFirstCharacterProperty().get()).isTrue();
    }

    @Test
    void namesSortNaturallyIgnoringCase() {
        vm.show(LibraryRows.of(
                List.of(
                        known("1", "Bram 5151", "", Status.PRESENT),
                        known("2", "bram 616", "", Status.PRESENT),
                        known("3", "Bram 70", "", Status.PRESENT),
                        known("4", "Ann", "", Status.PRESENT),
                        known("5", "Bram 0616b", "", Status.PRESENT)),
                Map.of(),
                Set.of()));
        assertThat(names()).containsExactly("Ann", "Bram 70", "bram 616", "Bram 0616b", "Bram 5151");
        assertThat(NaturalOrder.INSTANCE.compare("x99999999999999999999", "x100000000000000000000"))
                .isNegative();
    }

    @Test
    void aTagMatchesByPrefixAndExistingTagsAreSuggestedAsYouType() {
        vm.show(LibraryRows.of(
                List.of(
                        known("1", "Ann", "", Status.PRESENT),
                        known("2", "Bo", "", Status.PRESENT),
                        known("3", "Cy", "", Status.PRESENT)),
                Map.of("1", Set.of("villain", "favourite"), "2", Set.of("visitor"), "3", Set.of("hero")),
                Set.of()));
        vm.filterProperty().set("#vil");
        assertThat(names()).containsExactly("Ann");

        assertThat(vm.tagSuggestions("#")).containsExactly("#hero", "#villain", "#visitor");
        assertThat(vm.tagSuggestions("lang:en #VI")).containsExactly("#villain", "#visitor");
        assertThat(vm.tagSuggestions("#villain ")).as("the tag is done").isEmpty();
        assertThat(vm.tagSuggestions("harbour")).isEmpty();
        assertThat(TagSuggestions.complete("lang:en #vi", "#visitor")).isEqualTo("lang:en #visitor ");
    }

    @Test
    void aBareHashIsATagStillBeingTypedAndFiltersNothing() {
        vm.show(LibraryRows.of(
                List.of(known("1", "Ann", "", Status.PRESENT), known("2", "Bo", "", Status.PRESENT)),
                Map.of("1", Set.of("villain")),
                Set.of()));
        vm.filterProperty().set("#");
        assertThat(names()).containsExactly("Ann", "Bo");
        assertThat(vm.emptyTextProperty().get()).doesNotContain("No character matches");
        assertThat(vm.tagSuggestions("#")).containsExactly("#villain");
        vm.filterProperty().set("Bo #");
        assertThat(names()).containsExactly("Bo");
    }

    @Test
    void theNewestQueryWinsWhenAnOlderOneFinishesLater() {
        Deque<Runnable> queued = new ArrayDeque<>();
        Executor manual = queued::add;
        LibraryViewModel async =
                new LibraryViewModel(new SimpleObjectProperty<>(), null, new StatusModel(), Runnable::run, manual);
        async.show(cast(50));
        queued.removeFirst().run();
        assertThat(async.visible()).hasSize(50);

        async.filterProperty().set("harbour");
        async.filterProperty().set("Bram 4");
        assertThat(queued).hasSize(2);
        assertThat(async.visible()).as("nothing filtered on the calling thread").hasSize(50);
        queued.removeLast().run();
        assertThat(async.visible())
                .extracting(LibraryItem::name)
                .containsExactly(
                        "Bram 4", "Bram 40", "Bram 41", "Bram 42", "Bram 43", "Bram 44", "Bram 45", "Bram 46",
                        "Bram 47", "Bram 48", "Bram 49");
        queued.removeLast().run();
        assertThat(async.visible())
                .as("the older query, finishing later, is dropped")
                .hasSize(11);
        assertThat(async.countTextProperty().get()).isEqualTo("11 of 50");
    }

    @Test
    void aRowReadAgainAfterAnOpenReplacesThatOneShownRowNotTheWholeList() {
        vm.show(cast(10_000));
        List<LibraryItem> before = List.copyOf(vm.visible());
        List<String> changes = new ArrayList<>();
        vm.visible().addListener((javafx.collections.ListChangeListener<LibraryItem>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + ".." + c.getTo() + (c.wasReplaced() ? " replaced" : " other"));
            }
        });
        int at = names().indexOf("Bram 616");
        vm.replace(new KnownCharacter(
                "sandbox",
                "id-616",
                "Bram 616",
                "",
                List.of("en-US"),
                List.of(),
                Optional.of("Inland."),
                "",
                Instant.EPOCH,
                Optional.of(Instant.parse("2026-11-29T10:00:00Z")),
                Origin.CREATED,
                Optional.empty(),
                Status.PRESENT));

        assertThat(changes).containsExactly(at + ".." + (at + 1) + " replaced");
        assertThat(vm.visible().get(at).lastOpened()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        for (int i = 0; i < before.size(); i++) {
            if (i != at) {
                assertThat(vm.visible().get(i)).isSameAs(before.get(i));
            }
        }
    }
}
