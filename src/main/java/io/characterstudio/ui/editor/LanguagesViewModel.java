package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.Language;
import io.characterstudio.model.ValidationProblem;
import java.util.Optional;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The languages of a character ({@link CharacterRules#MIN_LANGUAGES} to {@link CharacterRules#MAX_LANGUAGES}), chosen from the catalogue. */
public final class LanguagesViewModel {

    private final ObservableList<Language> catalogue = FXCollections.observableArrayList();
    private final ObservableList<String> selected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectBinding<Optional<ValidationProblem>> check;
    private final StringBinding problem;

    public LanguagesViewModel() {
        this(new RuleRuns());
    }

    /**
     * The choice's rule runs through {@code rules}. Any change of the chosen languages (an
     * untick, another character shown) clears a refusal's message.
     */
    LanguagesViewModel(RuleRuns rules) {
        check = rules.check(() -> CharacterRules.languagesProblem(selected, this::isKnown), selected, catalogue);
        problem = RuleRuns.message(check);
        selected.addListener((ListChangeListener<String>) c -> message.set(""));
    }

    public ObservableList<Language> catalogue() {
        return catalogue;
    }

    /** The chosen codes, in the order chosen (the first is the character's main language). */
    public ObservableList<String> selected() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringBinding problemProperty() {
        return problem;
    }

    /** The choice's problem, checked once a change (the form's list of problems is made of it). */
    public ObjectBinding<Optional<ValidationProblem>> checkProperty() {
        return check;
    }

    /**
     * Chooses or drops a language. A fifth one is refused: the choice stays as it was and the
     * message says why, until the chosen languages change (an untick or another character).
     */
    public boolean choose(String code, boolean chosen) {
        if (chosen == selected.contains(code)) {
            return true;
        }
        if (chosen && selected.size() >= CharacterRules.MAX_LANGUAGES) {
            message.set("At most " + CharacterRules.MAX_LANGUAGES + " languages: remove one first.");
            return false;
        }
        if (chosen) {
            selected.add(code);
        } else {
            selected.remove(code);
        }
        return true;
    }

    /** Before the catalogue arrives every code is accepted, so nothing is flagged wrongly. */
    boolean isKnown(String code) {
        return catalogue.isEmpty() || catalogue.stream().anyMatch(l -> l.code().equals(code));
    }

    public String nameOf(String code) {
        return catalogue.stream()
                .filter(l -> l.code().equals(code))
                .map(Language::name)
                .findFirst()
                .orElse(code);
    }
}
