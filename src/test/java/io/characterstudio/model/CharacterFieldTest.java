package io.characterstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The five fields listed once: labels, values, comparison, updates and each field's rule. */
class CharacterFieldTest {

    private static final CharacterFields ANN = new CharacterFields(
            "Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave", "Bow"), List.of("en-US", "fr-FR"));
    private static final CharacterFields BOB =
            new CharacterFields("Bob", "GuyNeural", "Sails.", List.of(), List.of("de-DE"));

    @Test
    void theFieldsComeInTheOrderTheAppShowsThemWithTheirLabelsAndWords() {
        assertThat(Arrays.stream(CharacterField.values()).map(CharacterField::label))
                .containsExactly("Name", "Voice", "Backstory", "Actions", "Languages");
        assertThat(CharacterField.VOICE.word()).isEqualTo("voice");
        assertThat(CharacterField.ACTIONS.text(ANN)).isEqualTo("Wave, Bow");
        assertThat(CharacterField.NAME.text(ANN)).isEqualTo("Ann");
    }

    @Test
    void takeReplacesOneFieldAndAssembleRebuildsTheFields() {
        for (CharacterField field : CharacterField.values()) {
            CharacterFields mixed = field.take(BOB, ANN);
            assertThat(CharacterField.differing(ANN, mixed)).containsExactly(field);
            assertThat(field.of(mixed)).isEqualTo(field.of(BOB));
        }
        assertThat(CharacterField.assemble(f -> f.of(ANN))).isEqualTo(ANN);
        assertThat(CharacterField.differing(ANN, ANN)).isEmpty();
    }

    @Test
    void anUpdateSendsExactlyTheDifferingFieldsAndAppliesBackToTheEditedFields() {
        CharacterFields edited = CharacterField.LANGUAGES.take(BOB, CharacterField.NAME.take(BOB, ANN));
        CharacterUpdate update = ANN.changesTo(edited);
        assertThat(update).isEqualTo(new CharacterUpdate("Bob", null, null, null, List.of("de-DE")));
        assertThat(update.changedFields()).containsExactly("name", "languages");
        assertThat(ANN.with(update)).isEqualTo(edited);
        assertThat(ANN.changesTo(ANN).isEmpty()).isTrue();
        assertThat(CharacterField.ACTIONS.sentBy(update)).isNull();
    }

    @Test
    void eachFieldsRuleIsTheOneTheFormIsCheckedWith() {
        CharacterFields broken = new CharacterFields("", "", "", List.of("a,b"), List.of());
        List<ValidationProblem> all = CharacterRules.check(broken, code -> true);
        assertThat(all).extracting(ValidationProblem::field).containsExactly(CharacterField.values());
        for (ValidationProblem p : all) {
            assertThat(p.field().problem(broken, code -> true)).contains(p);
        }
        assertThat(CharacterField.LANGUAGES.problem(broken, code -> true).map(ValidationProblem::message))
                .contains("Choose " + CharacterRules.MIN_LANGUAGES + " to " + CharacterRules.MAX_LANGUAGES
                        + " languages.");
    }

    @Test
    void aKnownCharacterGivesItsFieldsWithAnUnfetchedBackstoryEmpty() {
        KnownCharacter known = new KnownCharacter(
                "c",
                "id1",
                "Ann",
                "AriaNeural",
                List.of("en-US"),
                List.of("Wave"),
                Optional.empty(),
                "",
                Instant.EPOCH,
                Optional.empty(),
                KnownCharacter.Origin.CREATED,
                Optional.empty(),
                KnownCharacter.Status.PRESENT);
        assertThat(known.fields())
                .isEqualTo(new CharacterFields("Ann", "AriaNeural", "", List.of("Wave"), List.of("en-US")));
    }
}
