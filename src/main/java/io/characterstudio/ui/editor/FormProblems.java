package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.ValidationProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;

/**
 * The form's one source of problems: one check a field (each runs once a change of its own field,
 * see {@link RuleRuns}), the list that gates Save made of their results, and each field's message
 * read from the same result. Nothing here runs a rule again.
 */
final class FormProblems {

    private final Map<CharacterField, ObjectBinding<Optional<ValidationProblem>>> checks;
    private final Map<CharacterField, StringBinding> messages = new EnumMap<>(CharacterField.class);
    private final ObjectBinding<List<ValidationProblem>> all;
    private final BooleanBinding none;

    /** @param checks one check for every {@link CharacterField} */
    FormProblems(Map<CharacterField, ObjectBinding<Optional<ValidationProblem>>> checks) {
        this.checks = new EnumMap<>(checks);
        for (CharacterField field : CharacterField.values()) {
            messages.put(field, RuleRuns.message(check(field)));
        }
        all = RuleRuns.all(this.checks.values());
        none = Bindings.createBooleanBinding(() -> all.get().isEmpty(), all);
    }

    private ObjectBinding<Optional<ValidationProblem>> check(CharacterField field) {
        ObjectBinding<Optional<ValidationProblem>> check = checks.get(field);
        if (check == null) {
            throw new IllegalArgumentException("No check for " + field);
        }
        return check;
    }

    /** Every field's problem, in the fields' order. */
    ObjectBinding<List<ValidationProblem>> all() {
        return all;
    }

    /** Whether the form has no problem. */
    BooleanBinding none() {
        return none;
    }

    /** The message of {@code field}'s problem, empty when it has none. */
    StringBinding message(CharacterField field) {
        return messages.get(field);
    }
}
