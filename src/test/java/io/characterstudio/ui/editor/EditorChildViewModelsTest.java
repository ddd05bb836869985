package io.characterstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.Language;
import io.characterstudio.model.VoiceOption;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The form sections' rules, without a toolkit. */
class EditorChildViewModelsTest {

    @Test
    void backstoryCountsWordsAndCharactersAndTurnsToWarningThenError() {
        BackstoryViewModel b = new BackstoryViewModel();
        b.textProperty().set("Zoë keeps the light.\nShe waits.");
        assertThat(b.wordsProperty().get()).isEqualTo(6);
        assertThat(b.charactersProperty().get()).isEqualTo(31);
        assertThat(b.counterProperty().get()).isEqualTo("6 / 1000 words · 31 characters");
        assertThat(b.levelProperty().get()).isEqualTo(BackstoryViewModel.Level.OK);
        b.textProperty().set("word ".repeat(900));
        assertThat(b.levelProperty().get()).isEqualTo(BackstoryViewModel.Level.WARNING);
        assertThat(b.problemProperty().get()).isEmpty();
        b.textProperty().set("word ".repeat(1001));
        assertThat(b.levelProperty().get()).isEqualTo(BackstoryViewModel.Level.ERROR);
        assertThat(b.fillProperty().get()).isEqualTo(1.0);
        assertThat(b.problemProperty().get()).contains("1001 words");
    }

    @Test
    void findNextIgnoresCaseAndWraps() {
        BackstoryViewModel b = new BackstoryViewModel();
        b.textProperty().set("The Lighthouse. the light. THE end.");
        assertThat(b.findNext("the", 0)).isZero();
        assertThat(b.findNext("the", 1)).isEqualTo(16);
        assertThat(b.findNext("the", 17)).isEqualTo(27);
        assertThat(b.findNext("the", 28)).as("wraps to the start").isZero();
        assertThat(b.findNext("ship", 0)).isEqualTo(-1);
        assertThat(b.findNext("", 0)).isEqualTo(-1);
    }

    @Test
    void actionsRefuseSeparatorsDuplicatesAndEmptyNamesAndReorder() {
        ActionsViewModel a = new ActionsViewModel();
        a.newActionProperty().set("  Wave ");
        assertThat(a.add()).isTrue();
        assertThat(a.newActionProperty().get()).isEmpty();
        a.newActionProperty().set("Nod, Bow");
        assertThat(a.add()).isFalse();
        assertThat(a.messageProperty().get()).contains("separate");
        assertThat(a.newActionProperty().get())
                .as("the refused text stays to be fixed")
                .isEqualTo("Nod, Bow");
        a.newActionProperty().set("wave");
        assertThat(a.add()).isFalse();
        assertThat(a.messageProperty().get()).contains("twice");
        a.newActionProperty().set("   ");
        assertThat(a.add()).isFalse();
        a.newActionProperty().set("Nod");
        assertThat(a.add()).isTrue();
        assertThat(a.messageProperty().get()).isEmpty();
        assertThat(a.actions()).containsExactly("Wave", "Nod");
        assertThat(a.move(1, -1)).isZero();
        assertThat(a.actions()).containsExactly("Nod", "Wave");
        assertThat(a.move(0, -1)).as("cannot move past the top").isZero();
        assertThat(a.rename(0, "Bow; deeply")).isFalse();
        assertThat(a.rename(0, "Bow")).isTrue();
        a.remove(1);
        assertThat(a.actions()).containsExactly("Bow");
    }

    @Test
    void languagesAreOneToFourFromTheCatalogue() {
        LanguagesViewModel l = new LanguagesViewModel();
        l.catalogue()
                .setAll(
                        new Language("en-US", "English"),
                        new Language("fr-FR", "French"),
                        new Language("de-DE", "German"),
                        new Language("ja-JP", "Japanese"),
                        new Language("es-ES", "Spanish"));
        l.selected().setAll("en-US");
        assertThat(l.problemProperty().get()).isEmpty();
        assertThat(l.choose("fr-FR", true)).isTrue();
        assertThat(l.choose("de-DE", true)).isTrue();
        assertThat(l.choose("ja-JP", true)).isTrue();
        assertThat(l.choose("es-ES", true)).isFalse();
        assertThat(l.messageProperty().get()).contains("At most 4");
        assertThat(l.selected()).containsExactly("en-US", "fr-FR", "de-DE", "ja-JP");
        l.choose("en-US", false);
        l.choose("fr-FR", false);
        l.choose("de-DE", false);
        l.choose("ja-JP", false);
        assertThat(l.problemProperty().get()).contains("1 to 4");
        l.selected().setAll("xx-XX");
        assertThat(l.problemProperty().get()).contains("xx-XX");
        assertThat(l.nameOf("de-DE")).isEqualTo("German");
    }

    @Test
    void aRefusedFifthLanguageSaysWhyAndTheMessageClearsOnUntickOrAnotherCharacter() {
        LanguagesViewModel l = new LanguagesViewModel();
        l.catalogue()
                .setAll(
                        new Language("en-US", "English"),
                        new Language("fr-FR", "French"),
                        new Language("de-DE", "German"),
                        new Language("ja-JP", "Japanese"),
                        new Language("es-ES", "Spanish"));
        l.selected().setAll("en-US", "fr-FR", "de-DE", "ja-JP");
        assertThat(l.choose("es-ES", true)).isFalse();
        assertThat(l.messageProperty().get()).isEqualTo("At most 4 languages: remove one first.");
        assertThat(l.selected()).as("the refused language is not chosen").doesNotContain("es-ES");

        l.selected().setAll("en-US", "fr-FR", "de-DE", "ja-JP");
        assertThat(l.messageProperty().get())
                .as("another character (even with the same languages) clears it")
                .isEmpty();

        assertThat(l.choose("es-ES", true)).isFalse();
        l.selected().setAll("en-US");
        assertThat(l.messageProperty().get()).as("another character clears it").isEmpty();

        l.selected().setAll("en-US", "fr-FR", "de-DE", "ja-JP");
        assertThat(l.choose("es-ES", true)).isFalse();
        assertThat(l.choose("ja-JP", false)).isTrue();
        assertThat(l.messageProperty().get()).as("unticking one clears it").isEmpty();
        assertThat(l.choose("es-ES", true)).isTrue();
        assertThat(l.selected()).containsExactly("en-US", "fr-FR", "de-DE", "es-ES");
    }

    @Test
    void voicesAreFilteredByLanguagesAndAnUnknownVoiceIsKeptWithAWarning() {
        ObservableList<String> languages = FXCollections.observableArrayList("en-US");
        VoiceViewModel v = new VoiceViewModel(languages);
        v.catalogue()
                .setAll(
                        new VoiceOption(
                                "Azure Voices",
                                "Aria Female American English Voice",
                                "AriaNeural",
                                List.of("en-US"),
                                "FEMALE"),
                        new VoiceOption(
                                "Azure Voices",
                                "Ada Female Multilingual Voice",
                                "ADA",
                                List.of("en-US", "fr-FR"),
                                "FEMALE"),
                        new VoiceOption("Other", "Guy Male Voice", "GUY", List.of("en-US"), "MALE"));
        assertThat(v.choices()).hasSize(3);
        languages.add("fr-FR");
        assertThat(v.choices()).extracting(VoiceOption::voiceValue).containsExactly("ADA");
        languages.remove("fr-FR");
        assertThat(v.choices()).hasSize(3);

        v.voiceProperty().set("US MALE 1");
        assertThat(v.warningProperty().get())
                .contains("\"US MALE 1\" is not in the voice catalogue")
                .contains("kept");
        assertThat(v.voiceProperty().get()).isEqualTo("US MALE 1");
        v.voiceProperty().set("AriaNeural");
        assertThat(v.warningProperty().get()).isEmpty();
        languages.add("fr-FR");
        assertThat(v.warningProperty().get()).isEqualTo("Aria Female American English Voice does not speak fr-FR.");
        assertThat(VoiceViewModel.describe(v.catalogue().get(2))).isEqualTo("Guy Male Voice · male · Other");
    }

    @Test
    void theVoiceSearchIsThePickersOwnNotASecondOneInTheViewModel() {
        // The picker (a SearchableComboBox) filters by what is typed; the view-model's own search
        // was never bound to anything and is gone (issue 17).
        assertThat(Arrays.stream(VoiceViewModel.class.getDeclaredMethods()).map(Method::getName))
                .doesNotContain("searchProperty");
        assertThat(Arrays.stream(VoiceViewModel.class.getDeclaredFields()).map(Field::getName))
                .doesNotContain("search");
    }
}
