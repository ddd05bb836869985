package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterRules;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editor's buffer of the five fields: the name, and the voice, backstory, actions and
 * languages in their child view-models; the fields they make together ({@link #fields()}), the
 * form's one source of problems made of one check a field ({@link #problems()}), and filling every
 * field at once from a {@link CharacterFields}. Nothing here knows the server or the draft journal.
 */
final class FormBuffer {

    private final StringProperty name = new SimpleStringProperty("");
    private final RuleRuns rules = new RuleRuns();
    private final BackstoryViewModel backstory = new BackstoryViewModel(rules);
    private final ActionsViewModel actions = new ActionsViewModel(rules);
    private final LanguagesViewModel languages = new LanguagesViewModel(rules);
    private final VoiceViewModel voice = new VoiceViewModel(languages.selected());
    private final ObjectBinding<CharacterFields> fields;
    private final FormProblems problems;

    FormBuffer() {
        fields = Bindings.createObjectBinding(
                this::current,
                name,
                voice.voiceProperty(),
                backstory.textProperty(),
                actions.actions(),
                languages.selected());
        problems = new FormProblems(Map.of(
                CharacterField.NAME, rules.check(() -> CharacterRules.nameProblem(name.get()), name),
                CharacterField.VOICE,
                        rules.check(
                                () -> CharacterRules.voiceProblem(
                                        voice.voiceProperty().get()),
                                voice.voiceProperty()),
                CharacterField.BACKSTORY, backstory.checkProperty(),
                CharacterField.ACTIONS, actions.checkProperty(),
                CharacterField.LANGUAGES, languages.checkProperty()));
    }

    /** Puts {@code f} into every field (the backstory's find bar is cleared too). */
    void fill(CharacterFields f) {
        name.set(f.name());
        voice.voiceProperty().set(f.voiceType());
        backstory.textProperty().set(f.backstory());
        backstory.clearFind();
        actions.actions().setAll(f.actions());
        languages.selected().setAll(f.languageCodes());
    }

    /** What the fields hold now, the actions normalised the way they are saved. */
    private CharacterFields current() {
        return new CharacterFields(
                name.get(),
                voice.voiceProperty().get(),
                backstory.textProperty().get(),
                CharacterRules.normaliseActions(actions.actions()),
                List.copyOf(languages.selected()));
    }

    /** The five fields together, recomputed on every change of one of them. */
    ObjectBinding<CharacterFields> fields() {
        return fields;
    }

    FormProblems problems() {
        return problems;
    }

    /** How many times a field rule has run (a test hook). */
    int ruleRuns() {
        return rules.count();
    }

    StringProperty name() {
        return name;
    }

    BackstoryViewModel backstory() {
        return backstory;
    }

    ActionsViewModel actions() {
        return actions;
    }

    LanguagesViewModel languages() {
        return languages;
    }

    VoiceViewModel voice() {
        return voice;
    }
}
