package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The action list editor: add, rename, remove and reorder, refusing names with "," or ";",
 * empty names and duplicates (the refusal is said in {@link #messageProperty()}).
 */
public final class ActionsViewModel {

    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final StringProperty newAction = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectBinding<Optional<ValidationProblem>> check;
    private final StringBinding problem;

    public ActionsViewModel() {
        this(new RuleRuns());
    }

    /** The list's rule runs through {@code rules}. */
    ActionsViewModel(RuleRuns rules) {
        check = rules.check(() -> CharacterRules.actionsProblem(actions), actions);
        problem = RuleRuns.message(check);
    }

    public ObservableList<String> actions() {
        return actions;
    }

    public StringProperty newActionProperty() {
        return newAction;
    }

    /** Why the last add or rename was refused; empty after one that worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A problem of the list as it is (for example one loaded from the server). */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The list's problem, checked once a change (the form's list of problems is made of it). */
    public ObjectBinding<Optional<ValidationProblem>> checkProperty() {
        return check;
    }

    public boolean add() {
        String name = newAction.get() == null ? "" : newAction.get().strip();
        List<String> candidate = new ArrayList<>(actions);
        candidate.add(name);
        if (refused(candidate)) {
            return false;
        }
        actions.add(name);
        newAction.set("");
        return true;
    }

    public boolean rename(int index, String newName) {
        if (index < 0 || index >= actions.size()) {
            return false;
        }
        String name = newName == null ? "" : newName.strip();
        List<String> candidate = new ArrayList<>(actions);
        candidate.set(index, name);
        if (refused(candidate)) {
            return false;
        }
        actions.set(index, name);
        return true;
    }

    public void remove(int index) {
        if (index >= 0 && index < actions.size()) {
            actions.remove(index);
            message.set("");
        }
    }

    /** Moves the action at {@code index} by {@code delta} places; returns its new index. */
    public int move(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= actions.size() || target < 0 || target >= actions.size()) {
            return index;
        }
        String moved = actions.remove(index);
        actions.add(target, moved);
        return target;
    }

    private boolean refused(List<String> candidate) {
        Optional<ValidationProblem> p = CharacterRules.actionsProblem(candidate);
        message.set(p.map(ValidationProblem::message).orElse(""));
        return p.isPresent();
    }
}
