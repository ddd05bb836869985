package io.characterstudio.ui.history;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Revision;
import io.characterstudio.model.WordDiff;
import io.characterstudio.ui.editor.EditorViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * What the history dialog compares: always the older side against the newer side (a revision
 * against the editor or the server copy; the revision before against the revision), so that words
 * the newer side brought in are {@link WordDiff.Kind#ADDED} and words it dropped are
 * {@link WordDiff.Kind#REMOVED}. The diff, the field changes and the list of changes are computed
 * only while the dialog shows ({@link #show()} to {@link #hide()}); while it is closed nothing the
 * editor does recomputes them.
 */
public final class HistoryComparison {

    private final ObservableValue<Revision> selected;
    private final ObservableValue<HistoryViewModel.Against> against;
    private final ObservableList<Revision> revisions;
    private final EditorViewModel editor;
    private final Observable[] inputs;
    private final InvalidationListener changed = o -> refresh(false);
    private final InvalidationListener newQuestion = o -> refresh(true);
    private final ReadOnlyObjectWrapper<List<WordDiff.Segment>> diff = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper fieldChanges = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper olderTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newerTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper revisionIsOlder = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper changeCount = new ReadOnlyIntegerWrapper();
    private final IntegerProperty currentChange = new SimpleIntegerProperty(-1);
    private List<Integer> changeStarts = List.of();
    private boolean showing;
    private int computations;

    HistoryComparison(
            ObservableValue<Revision> selected,
            ObservableValue<HistoryViewModel.Against> against,
            ObservableList<Revision> revisions,
            EditorViewModel editor) {
        this.selected = selected;
        this.against = against;
        this.revisions = revisions;
        this.editor = editor;
        this.inputs = new Observable[] {editor.fieldsProperty(), editor.snapshotProperty(), revisions};
    }

    /** Starts following the selection and the editor (once, however often it is called) and computes now. */
    public void show() {
        if (showing) {
            return;
        }
        showing = true;
        selected.addListener(newQuestion);
        against.addListener(newQuestion);
        for (Observable input : inputs) {
            input.addListener(changed);
        }
        refresh(true);
    }

    /** Stops following: nothing is recomputed until the next {@link #show()}. */
    public void hide() {
        if (!showing) {
            return;
        }
        showing = false;
        selected.removeListener(newQuestion);
        against.removeListener(newQuestion);
        for (Observable input : inputs) {
            input.removeListener(changed);
        }
    }

    /** How many times the diff was computed; for tests. */
    int computations() {
        return computations;
    }

    private void refresh(boolean jumpToFirst) {
        Revision r = selected.getValue();
        if (r == null) {
            set(List.of(), "", "", "", true);
        } else {
            computations++;
            Sides s = sides(r);
            List<WordDiff.Segment> segments =
                    WordDiff.of(s.older().backstory(), s.newer().backstory());
            set(
                    segments,
                    FieldChanges.describe(s.older(), s.newer(), segments),
                    s.olderTitle(),
                    s.newerTitle(),
                    s.revisionIsOlder());
        }
        int count = changeStarts.size();
        currentChange.set(count == 0 ? -1 : jumpToFirst ? 0 : Math.max(0, Math.min(currentChange.get(), count - 1)));
    }

    private void set(
            List<WordDiff.Segment> segments, String changes, String older, String newer, boolean olderIsRevision) {
        changeStarts = starts(segments);
        olderTitle.set(older);
        newerTitle.set(newer);
        revisionIsOlder.set(olderIsRevision);
        fieldChanges.set(changes);
        changeCount.set(changeStarts.size());
        diff.set(segments);
    }

    private record Sides(
            CharacterFields older,
            CharacterFields newer,
            String olderTitle,
            String newerTitle,
            boolean revisionIsOlder) {}

    private Sides sides(Revision r) {
        String revision = HistoryViewModel.heading(r, revisions);
        return switch (against.getValue()) {
            case EDITOR -> new Sides(r.fields(), editor.fieldsProperty().get(), revision, "The editor", true);
            case SERVER ->
                new Sides(
                        r.fields(),
                        editor.snapshotProperty().get() == null
                                ? editor.fieldsProperty().get()
                                : editor.snapshotProperty().get().fields(),
                        revision,
                        "The server copy",
                        true);
            case PREVIOUS -> {
                int at = revisions.indexOf(r);
                Revision before = at >= 0 && at + 1 < revisions.size() ? revisions.get(at + 1) : null;
                yield before == null
                        ? new Sides(r.fields(), r.fields(), "No revision before " + revision, revision, false)
                        : new Sides(
                                before.fields(),
                                r.fields(),
                                HistoryViewModel.heading(before, revisions) + " (before)",
                                revision,
                                false);
            }
        };
    }

    /** The indexes of the segments where a change starts (a removal and the addition after it are one change). */
    private static List<Integer> starts(List<WordDiff.Segment> segments) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            boolean change = segments.get(i).kind() != WordDiff.Kind.SAME;
            if (change && (i == 0 || segments.get(i - 1).kind() == WordDiff.Kind.SAME)) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    /** Moves to the next change, if there is one after the current. */
    public void nextChange() {
        if (currentChange.get() + 1 < changeStarts.size()) {
            currentChange.set(currentChange.get() + 1);
        }
    }

    /** Moves to the previous change, if there is one before the current. */
    public void previousChange() {
        if (currentChange.get() > 0) {
            currentChange.set(currentChange.get() - 1);
        }
    }

    /** The change a segment belongs to (-1 for a segment that is the same on both sides). */
    public int changeOf(int segment) {
        if (segment < 0
                || segment >= diff.get().size()
                || diff.get().get(segment).kind() == WordDiff.Kind.SAME) {
            return -1;
        }
        int change = -1;
        for (int i = 0; i < changeStarts.size() && changeStarts.get(i) <= segment; i++) {
            change = i;
        }
        return change;
    }

    /** The backstory diff from the older side to the newer side. */
    public ReadOnlyObjectProperty<List<WordDiff.Segment>> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    /** The changes of every field, from the older side to the newer side, one a line. */
    public ReadOnlyStringProperty fieldChangesProperty() {
        return fieldChanges.getReadOnlyProperty();
    }

    /** What the left (older) side is. */
    public ReadOnlyStringProperty olderTitleProperty() {
        return olderTitle.getReadOnlyProperty();
    }

    /** What the right (newer) side is. */
    public ReadOnlyStringProperty newerTitleProperty() {
        return newerTitle.getReadOnlyProperty();
    }

    /** True when the selected revision is the older (left) side; false when it is compared with the one before. */
    public ReadOnlyBooleanProperty revisionIsOlderProperty() {
        return revisionIsOlder.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty changeCountProperty() {
        return changeCount.getReadOnlyProperty();
    }

    /** The index of the change in view (0 is the first), or -1 when there is none. */
    public ReadOnlyIntegerProperty currentChangeProperty() {
        return currentChange;
    }
}
