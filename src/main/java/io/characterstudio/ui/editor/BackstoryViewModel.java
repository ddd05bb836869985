package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.ValidationProblem;
import io.characterstudio.model.WordCount;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The backstory: its text, the live word and character counts against the limit, and find. */
public final class BackstoryViewModel {

    /** Where the meter turns to a warning. */
    public static final int WARNING_WORDS = 900;

    public enum Level {
        OK,
        WARNING,
        ERROR
    }

    private final StringProperty text = new SimpleStringProperty("");
    private boolean asEdit;
    private final StringProperty findQuery = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper findResult = new ReadOnlyStringWrapper("");
    private final IntegerBinding words = Bindings.createIntegerBinding(() -> WordCount.of(text.get()), text);
    private final IntegerBinding characters = Bindings.createIntegerBinding(
            () -> text.get().codePointCount(0, text.get().length()), text);
    private final ObjectBinding<Level> level = Bindings.createObjectBinding(() -> levelOf(words.get()), words);
    private final DoubleBinding fill = Bindings.createDoubleBinding(
            () -> Math.min(1.0, words.get() / (double) WordCount.BACKSTORY_WORD_LIMIT), words);
    private final StringBinding counter = Bindings.createStringBinding(
            () -> String.format(
                    Locale.ROOT,
                    "%d / %d words · %d characters",
                    words.get(),
                    WordCount.BACKSTORY_WORD_LIMIT,
                    characters.get()),
            words,
            characters);
    private final ObjectBinding<Optional<ValidationProblem>> check;
    private final StringBinding problem;

    public BackstoryViewModel() {
        this(new RuleRuns());
    }

    /** The backstory's rule runs through {@code rules}, reusing the live word count. */
    BackstoryViewModel(RuleRuns rules) {
        check = rules.check(() -> CharacterRules.backstoryProblem(text.get(), words.get()), text);
        problem = RuleRuns.message(check);
    }

    static Level levelOf(int words) {
        if (words > WordCount.BACKSTORY_WORD_LIMIT) {
            return Level.ERROR;
        }
        return words >= WARNING_WORDS ? Level.WARNING : Level.OK;
    }

    /**
     * Runs {@code change} with its changes of the text counted as an edit the text area's own
     * Undo can take back (a revert and its undo), not as another text shown, which starts a new
     * undo history.
     */
    public void asEdit(Runnable change) {
        boolean outer = asEdit;
        asEdit = true;
        try {
            change.run();
        } finally {
            asEdit = outer;
        }
    }

    /** Whether the text is being changed by {@link #asEdit}. */
    public boolean changingAsEdit() {
        return asEdit;
    }

    public StringProperty textProperty() {
        return text;
    }

    public IntegerBinding wordsProperty() {
        return words;
    }

    public IntegerBinding charactersProperty() {
        return characters;
    }

    public ObjectBinding<Level> levelProperty() {
        return level;
    }

    /** The meter's fill, 0 to 1 (full at the limit). */
    public DoubleBinding fillProperty() {
        return fill;
    }

    public StringBinding counterProperty() {
        return counter;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    /** The backstory's problem, checked once a change (the form's list of problems is made of it). */
    public ObjectBinding<Optional<ValidationProblem>> checkProperty() {
        return check;
    }

    /**
     * Where {@code query} next occurs at or after {@code from}, ignoring case, wrapping to the
     * start; -1 if nowhere.
     */
    public int findNext(String query, int from) {
        if (query == null || query.isEmpty()) {
            return -1;
        }
        String haystack = text.get().toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        int start = Math.max(0, Math.min(from, haystack.length()));
        int found = haystack.indexOf(needle, start);
        return found >= 0 ? found : haystack.indexOf(needle);
    }

    /**
     * Find next for the find bar's query: where it next occurs at or after {@code from} (see
     * {@link #findNext(String, int)}), or -1, and then {@link #findResultProperty()} says "Not found".
     */
    public int find(int from) {
        String query = findQuery.get();
        int at = findNext(query, from);
        findResult.set(at < 0 && query != null && !query.isEmpty() ? "Not found" : "");
        return at;
    }

    /** Forgets the last find result (Escape, a new query). */
    public void clearFindResult() {
        findResult.set("");
    }

    /** Empties the find bar: another text is shown (another character, a revert). */
    public void clearFind() {
        findQuery.set("");
        findResult.set("");
    }

    /** The find bar's query. */
    public StringProperty findQueryProperty() {
        return findQuery;
    }

    /** The result of the last find: "Not found", or empty. */
    public ReadOnlyStringProperty findResultProperty() {
        return findResult.getReadOnlyProperty();
    }
}
