package io.characterstudio.ui.editor;

import io.characterstudio.model.ValidationProblem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;

/**
 * The editor's field rules as bindings, one a field, counting their runs: a change to one field
 * checks that field once and no other, and the form's list of problems is made of these same
 * results instead of checking every field again (tests read {@link #count()}).
 */
final class RuleRuns {

    private int runs;

    /** The problem of one field, checked again (once) whenever one of {@code on} changes. */
    ObjectBinding<Optional<ValidationProblem>> check(Supplier<Optional<ValidationProblem>> rule, Observable... on) {
        return Bindings.createObjectBinding(
                () -> {
                    runs++;
                    return rule.get();
                },
                on);
    }

    /** The message of a field's problem, empty when there is none. */
    static StringBinding message(ObjectBinding<Optional<ValidationProblem>> check) {
        return Bindings.createStringBinding(
                () -> check.get().map(ValidationProblem::message).orElse(""), check);
    }

    /** Every field's problem, in the order of {@code checks}, made of their results (nothing is checked again). */
    static ObjectBinding<List<ValidationProblem>> all(Collection<ObjectBinding<Optional<ValidationProblem>>> checks) {
        List<ObjectBinding<Optional<ValidationProblem>>> in = List.copyOf(checks);
        return Bindings.createObjectBinding(
                () -> in.stream()
                        .map(ObjectBinding::get)
                        .flatMap(Optional::stream)
                        .toList(),
                in.toArray(Observable[]::new));
    }

    int count() {
        return runs;
    }
}
