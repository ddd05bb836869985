package io.characterstudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The library's search: free text, filters by tag, star, language, voice, draft and lineage, and highlighting. */
class LibraryQueryTest {

    private static final String ANN = "7bd3274c-1111-11ee-8000-000000000001";
    private static final String BO = "8ce4385d-2222-11ee-8000-000000000002";
    private static final String CY = "9df5496e-3333-11ee-8000-000000000003";

    private static KnownCharacter known(
            String id, String name, String voice, List<String> languages, String backstory, String clonedFrom) {
        return new KnownCharacter(
                "sandbox",
                id,
                name,
                voice,
                languages,
                List.of("Wave"),
                Optional.ofNullable(backstory),
                "",
                Instant.EPOCH,
                Optional.empty(),
                clonedFrom == null ? Origin.CREATED : Origin.CLONED,
                Optional.ofNullable(clonedFrom),
                Status.PRESENT);
    }

    private final List<LibraryItem> rows = LibraryRows.of(
            List.of(
                    known(ANN, "Ann", "AriaNeural", List.of("en-US"), "Ann keeps the lighthouse of Rivertown.", null),
                    known(BO, "Bo", "DenisePolyglot", List.of("fr-FR", "en-US"), "Bo sails from Rivertown.", ANN),
                    known(CY, "Cy", "AriaNeural", List.of("de-DE"), null, ANN)),
            Map.of(ANN, Set.of("villain", LibraryItem.FAVOURITE)),
            Set.of(BO));

    private List<String> names(String query) {
        LibraryQuery q = LibraryQuery.parse(query);
        return rows.stream().filter(q::test).map(LibraryItem::name).toList();
    }

    @Test
    void freeTextSearchesEveryFieldCaseInsensitively() {
        assertThat(names("rivertown")).containsExactly("Ann", "Bo");
        assertThat(names("ARIA")).containsExactly("Ann", "Cy");
        assertThat(names("9df5")).containsExactly("Cy");
        assertThat(names("wave")).containsExactly("Ann", "Bo", "Cy");
        assertThat(names("")).hasSize(3);
        assertThat(names("nobody")).isEmpty();
    }

    @Test
    void filtersCombineWithEachOtherAndWithText() {
        assertThat(names("lang:fr")).containsExactly("Bo");
        assertThat(names("lang:en")).containsExactly("Ann", "Bo");
        assertThat(names("voice:aria")).containsExactly("Ann", "Cy");
        assertThat(names("has:draft")).containsExactly("Bo");
        assertThat(names("#villain")).containsExactly("Ann");
        assertThat(names("*")).containsExactly("Ann");
        assertThat(names("from:ann")).containsExactly("Bo", "Cy");
        assertThat(names("clones:7bd3")).containsExactly("Bo", "Cy");
        assertThat(names("from:ann voice:aria")).containsExactly("Cy");
        assertThat(names("lang:en rivertown sails"))
                .as("the words form one phrase")
                .isEmpty();
        assertThat(names("lang:en sails from")).containsExactly("Bo");
    }

    @Test
    void fromTakesAQuotedNameWithSpacesAndCaseInsensitiveNamePrefixes() {
        List<LibraryItem> cast = LibraryRows.of(
                List.of(
                        known(ANN, "Bram Oakhart", "AriaNeural", List.of("en-US"), null, null),
                        known(BO, "Bo", "AriaNeural", List.of("en-US"), "sails", ANN),
                        known(CY, "Cy", "AriaNeural", List.of("en-US"), null, BO)),
                Map.of(),
                Set.of());
        java.util.function.Function<String, List<String>> find = typed -> cast.stream()
                .filter(LibraryQuery.parse(typed)::test)
                .map(LibraryItem::name)
                .toList();
        assertThat(find.apply("from:\"Bram Oakhart\"")).containsExactly("Bo");
        assertThat(find.apply("from:\"bram oak"))
                .as("an unclosed quote runs to the end")
                .containsExactly("Bo");
        assertThat(find.apply("from:bram")).as("a name prefix, any case").containsExactly("Bo");
        assertThat(find.apply("from:BO"))
                .as("Bo's clone, not Bram's: a prefix of Bo")
                .containsExactly("Cy");
        assertThat(find.apply("from:\"Bram Oakhart\" sails")).containsExactly("Bo");
        assertThat(LibraryQuery.parse("from:\"Bram Oakhart\" sails").text()).isEqualTo("sails");
        assertThat(find.apply("from:7BD3")).containsExactly("Bo");
    }

    @Test
    void aClosedQuoteMatchesTheWholeNameOrIdWhileUnquotedStaysAPrefix() {
        List<LibraryItem> cast = LibraryRows.of(
                List.of(
                        known(ANN, "Bram", "AriaNeural", List.of("en-US"), null, null),
                        known(BO, "Bram Oakhart", "AriaNeural", List.of("en-US"), null, null),
                        known(CY, "Cy", "AriaNeural", List.of("en-US"), null, ANN),
                        known("ad000000-4444-11ee-8000-000000000004", "Di", "AriaNeural", List.of("en-US"), null, BO)),
                Map.of(),
                Set.of());
        java.util.function.Function<String, List<String>> find = typed -> cast.stream()
                .filter(LibraryQuery.parse(typed)::test)
                .map(LibraryItem::name)
                .toList();
        assertThat(find.apply("from:\"Bram\""))
                .as("the whole name, not a prefix")
                .containsExactly("Cy");
        assertThat(find.apply("from:\"bram oakhart\"")).as("any case").containsExactly("Di");
        assertThat(find.apply("from:bram")).as("unquoted: a prefix").containsExactly("Cy", "Di");
        assertThat(find.apply("from:\"Bram Oak\""))
                .as("a closed quote is no prefix")
                .isEmpty();
        assertThat(find.apply("from:\"" + ANN + "\"")).as("the whole ID").containsExactly("Cy");
        assertThat(find.apply("clones:\"Bram\"")).containsExactly("Cy");
    }

    @Test
    void lineageGoesBothWays() {
        LibraryItem ann = rows.get(0);
        assertThat(ann.cloneIds()).containsExactly(BO, CY);
        assertThat(ann.cloneText()).isEqualTo("2 clones");
        assertThat(rows.get(1).lineage()).isEqualTo("cloned from Ann (7bd3274c)");
        assertThat(rows.get(2).cloneText()).isEmpty();
    }

    @Test
    void theMatchIsMarkedInTheNameOrInAPieceOfTheText() {
        LibraryItem ann = rows.get(0);
        assertThat(ann.firstMatch("an")).contains(new LibraryItem.Match(true, "Ann", 0, 2));
        LibraryItem.Match inStory = ann.firstMatch("lighthouse").orElseThrow();
        assertThat(inStory.inName()).isFalse();
        assertThat(inStory.text().substring(inStory.start(), inStory.end())).isEqualTo("lighthouse");
        assertThat(inStory.text()).contains("keeps the lighthouse of Rivertown");
        assertThat(ann.firstMatch("zebra")).isEmpty();
        assertThat(ann.firstMatch("")).isEmpty();
    }
}
