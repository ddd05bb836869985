package io.characterstudio.ui.editor;

import io.characterstudio.model.VoiceOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The voice picker: the catalogue filtered to voices that speak every chosen language (typing in
 * the picker, a {@code SearchableComboBox}, narrows them further), and a warning (never a silent change) when the current voice is not in the
 * catalogue or does not speak a chosen language.
 */
public final class VoiceViewModel {

    private final ObservableList<VoiceOption> catalogue = FXCollections.observableArrayList();
    private final FilteredList<VoiceOption> choices = new FilteredList<>(catalogue);
    private final StringProperty voice = new SimpleStringProperty("");
    private final ObservableList<String> languages;
    private final StringBinding warning;

    public VoiceViewModel(ObservableList<String> languages) {
        this.languages = languages;
        languages.addListener((ListChangeListener<String>) c -> refilter());
        refilter();
        warning = Bindings.createStringBinding(this::describeProblem, voice, catalogue, languages);
    }

    public ObservableList<VoiceOption> catalogue() {
        return catalogue;
    }

    /** The voices the picker offers now. */
    public ObservableList<VoiceOption> choices() {
        return choices;
    }

    /** The voice value sent as {@code voiceType}. */
    public StringProperty voiceProperty() {
        return voice;
    }

    public StringBinding warningProperty() {
        return warning;
    }

    public Optional<VoiceOption> current() {
        return find(voice.get());
    }

    public Optional<VoiceOption> find(String value) {
        return catalogue.stream().filter(v -> v.voiceValue().equals(value)).findFirst();
    }

    /** How a voice is shown: name, gender and provider section. */
    public static String describe(VoiceOption v) {
        String gender = v.gender() == null || v.gender().isBlank()
                ? ""
                : " · " + v.gender().toLowerCase(Locale.ROOT);
        return v.displayName() + gender + " · " + v.section();
    }

    private void refilter() {
        List<String> codes = List.copyOf(languages);
        choices.setPredicate(v -> v.speaksAll(codes));
    }

    private String describeProblem() {
        String value = voice.get();
        if (value == null || value.isBlank() || catalogue.isEmpty()) {
            return "";
        }
        Optional<VoiceOption> option = find(value);
        if (option.isEmpty()) {
            return "The voice \"" + value + "\" is not in the voice catalogue. It is kept unless you choose another.";
        }
        List<String> missing = languages.stream()
                .filter(code -> !option.get().languageCodes().contains(code))
                .toList();
        if (!missing.isEmpty()) {
            return option.get().displayName() + " does not speak " + String.join(", ", missing) + ".";
        }
        return "";
    }
}
