package io.characterstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharacterRulesTest {

    private static final Set<String> CATALOGUE = Set.of("en-US", "fr-FR", "de-DE", "ja-JP", "es-ES");

    private static List<ValidationProblem> check(CharacterFields f) {
        return CharacterRules.check(f, CATALOGUE::contains);
    }

    private static CharacterFields valid() {
        return new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));
    }

    @Test
    void aValidCharacterHasNoProblems() {
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void nameIsRequiredAtMostAHundredCharactersWithoutControlCharacters() {
        assertThat(CharacterRules.nameProblem(" "))
                .map(ValidationProblem::field)
                .contains(CharacterField.NAME);
        assertThat(CharacterRules.nameProblem("a".repeat(100))).isEmpty();
        assertThat(CharacterRules.nameProblem("a".repeat(101)))
                .get()
                .extracting(ValidationProblem::message)
                .asString()
                .contains("100");
        assertThat(CharacterRules.nameProblem("😀".repeat(100)))
                .as("counted in characters, not UTF-16 units")
                .isEmpty();
        assertThat(CharacterRules.nameProblem("Ann\nBo")).isPresent();
        assertThat(CharacterRules.nameProblem("Ann\tBo")).isPresent();
        assertThat(CharacterRules.nameProblem("Zoë Ōkami")).isEmpty();
    }

    @Test
    void aVoiceMustBeChosen() {
        CharacterFields f = new CharacterFields("Ann", "", "b", List.of(), List.of("en-US"));
        assertThat(check(f)).extracting(ValidationProblem::field).containsExactly(CharacterField.VOICE);
    }

    @Test
    void backstoryIsRequiredAndAtMostAThousandWords() {
        assertThat(CharacterRules.backstoryProblem("")).isPresent();
        assertThat(CharacterRules.backstoryProblem("word ".repeat(1000))).isEmpty();
        assertThat(CharacterRules.backstoryProblem("word ".repeat(1001)))
                .get()
                .extracting(ValidationProblem::message)
                .asString()
                .contains("1001 words");
    }

    @Test
    void actionsRefuseSeparatorsEmptyNamesAndDuplicates() {
        assertThat(CharacterRules.actionsProblem(List.of("Wave", "Nod"))).isEmpty();
        assertThat(CharacterRules.actionsProblem(List.of("Wave, Nod"))).isPresent();
        assertThat(CharacterRules.actionsProblem(List.of("Wave; Nod"))).isPresent();
        assertThat(CharacterRules.actionsProblem(List.of("  "))).isPresent();
        assertThat(CharacterRules.actionsProblem(List.of("Wave", " wave ")))
                .get()
                .extracting(ValidationProblem::message)
                .asString()
                .contains("twice");
        assertThat(CharacterRules.normaliseActions(List.of(" Wave ", "Nod"))).containsExactly("Wave", "Nod");
    }

    @Test
    void oneToFourLanguagesFromTheCatalogueWithoutRepeats() {
        assertThat(CharacterRules.languagesProblem(List.of(), CATALOGUE::contains))
                .isPresent();
        assertThat(CharacterRules.languagesProblem(List.of("en-US", "fr-FR", "de-DE", "ja-JP"), CATALOGUE::contains))
                .isEmpty();
        assertThat(CharacterRules.languagesProblem(
                        List.of("en-US", "fr-FR", "de-DE", "ja-JP", "es-ES"), CATALOGUE::contains))
                .isPresent();
        assertThat(CharacterRules.languagesProblem(List.of("en-US", "en-US"), CATALOGUE::contains))
                .isPresent();
        assertThat(CharacterRules.languagesProblem(List.of("xx-XX"), CATALOGUE::contains))
                .get()
                .extracting(ValidationProblem::message)
                .asString()
                .contains("xx-XX");
    }

    @Test
    void fieldDiffsNameOnlyWhatChanged() {
        CharacterFields base = valid();
        CharacterFields edited =
                new CharacterFields("Ann", "AriaNeural", "Changed.", List.of("Wave"), List.of("fr-FR"));
        CharacterUpdate u = base.changesTo(edited);
        assertThat(u).isEqualTo(new CharacterUpdate(null, null, "Changed.", null, List.of("fr-FR")));
        assertThat(u.changedFields()).containsExactly("backstory", "languages");
        assertThat(base.with(u)).isEqualTo(edited);
        assertThat(base.changesTo(base).isEmpty()).isTrue();
    }
}
