package io.characterstudio.ui.history;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.DisplayTime;
import io.characterstudio.model.Revision;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.WordDiff;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history of the open character: its revisions, a word-level diff of the backstory and the
 * changes of the other fields between a revision and the editor, the server copy or the revision
 * before it (always older to newer; see {@link HistoryComparison}), and restore (all or one field) into the editor, never straight to the server.
 */
public final class HistoryViewModel {

    /** What a revision is compared with. */
    public enum Against {
        EDITOR("The editor"),
        SERVER("The server copy"),
        PREVIOUS("The revision before");

        private final String label;

        Against(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableValue<Session> session;
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final StatusModel status;
    private final Executor ui;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObjectProperty<Revision> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Against> against = new SimpleObjectProperty<>(Against.EDITOR);
    private final HistoryComparison comparison;
    private final EditorReplacement replacement;

    /**
     * {@code replacement} puts fields into the editor; it keeps the unsaved edits they replace
     * (see {@link EditorReplacement}).
     */
    public HistoryViewModel(
            ObservableValue<Session> session,
            EditorViewModel editor,
            DialogService dialogs,
            StatusModel status,
            Executor ui,
            EditorReplacement replacement) {
        this.session = session;
        this.replacement = replacement;
        this.editor = editor;
        this.dialogs = dialogs;
        this.status = status;
        this.ui = ui;
        comparison = new HistoryComparison(selected, against, revisions, editor);
    }

    /**
     * How the list names an entry of {@code shown} (the character's history): "#2 · 3 May 2025, 14:02:10"
     * for a save, "Discarded by Revert · 3 May 2025, 14:05:41" for edits the user threw away, naming
     * what discarded them as the Recover dialog does (Revert, Don't save, …; "Discarded edits" for an
     * entry that does not say). Saves are numbered as the user sees them; see {@link #number}.
     */
    public static String label(Revision r, List<Revision> shown) {
        return (r.kind() == Revision.Kind.DISCARDED ? discarded(r) : "#" + number(r, shown)) + " \u00B7 "
                + DisplayTime.SECONDS.format(r.savedAt().atZone(ZoneId.systemDefault()));
    }

    /**
     * The number of a save among the saves in {@code shown}: the oldest is 1, the next 2, …
     * (discarded edits are not counted), so the numbers never skip revisions the user cannot see.
     */
    static int number(Revision r, List<Revision> shown) {
        return 1
                + (int) shown.stream()
                        .filter(o -> o.kind() != Revision.Kind.DISCARDED && o.id() < r.id())
                        .count();
    }

    /** Loads the revisions of the open character, the newest first, and selects the newest. */
    public CompletableFuture<Void> load() {
        ServerCharacter open = editor.snapshotProperty().get();
        if (open == null) {
            revisions.clear();
            return CompletableFuture.completedFuture(null);
        }
        return session.getValue()
                .service()
                .history()
                .of(open.id())
                .handleAsync(
                        (list, failure) -> {
                            if (failure != null) {
                                status.failed(
                                        "The history could not be read: " + FailureMessages.describe(failure, ""),
                                        failure);
                            } else {
                                revisions.setAll(list);
                                selected.set(list.isEmpty() ? null : list.get(0));
                            }
                            return null;
                        },
                        ui);
    }

    /**
     * How the comparison and the status bar name an entry of {@code shown}: "Revision #2" (numbered
     * as in {@link #label}), or "Discarded by Revert, 14:05" for edits the user threw away.
     */
    public static String heading(Revision r, List<Revision> shown) {
        return r.kind() == Revision.Kind.DISCARDED
                ? discarded(r) + ", " + DisplayTime.TIME.format(r.savedAt().atZone(ZoneId.systemDefault()))
                : "Revision #" + number(r, shown);
    }

    private String heading(Revision r) {
        return heading(r, revisions);
    }

    /**
     * Puts the whole selected revision into the editor, as unsaved edits; unsaved edits it
     * replaces go to the history first (Undo puts them back). Completes when they are kept.
     */
    public CompletableFuture<Void> restoreAll() {
        Revision r = selected.get();
        if (r == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (r.fields().equals(editor.fieldsProperty().get())) {
            status.succeeded(heading(r) + " is already what the editor holds.");
            return CompletableFuture.completedFuture(null);
        }
        return replacement.replace(
                () -> editor.applyFields(r.fields()), heading(r) + " is in the editor; save to keep it.");
    }

    /** Puts one field of the selected revision into the editor, as an unsaved edit; see {@link #restoreAll()}. */
    public CompletableFuture<Void> restoreField(CharacterField field) {
        Revision r = selected.get();
        if (r == null || field == null) {
            return CompletableFuture.completedFuture(null);
        }
        String what = "The " + field.word() + " of " + heading(r);
        CharacterFields now = editor.fieldsProperty().get();
        if (field.same(r.fields(), now)) {
            status.succeeded(what + " is already what the editor holds.");
            return CompletableFuture.completedFuture(null);
        }
        return replacement.replace(
                () -> editor.applyField(field, r.fields()), what + " is in the editor; save to keep it.");
    }

    /** Forgets the revisions older than the selected one, after asking. */
    public CompletableFuture<Boolean> pruneOlder() {
        Revision r = selected.get();
        long older =
                r == null ? 0 : revisions.stream().filter(x -> x.id() < r.id()).count();
        if (older == 0
                || !dialogs.confirm(
                        "Prune the history",
                        "Forget the " + older + " revisions older than revision " + r.id()
                                + "? This cannot be undone.")) {
            return CompletableFuture.completedFuture(false);
        }
        return session.getValue()
                .service()
                .history()
                .prune(r.characterId(), r.id())
                .thenComposeAsync(v -> load(), ui)
                .thenApply(v -> true);
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public ObjectProperty<Revision> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Against> againstProperty() {
        return against;
    }

    /** The comparison of the selected revision, computed only while the dialog shows. */
    public HistoryComparison comparison() {
        return comparison;
    }

    /** The backstory diff, older side to newer side (kept up to date only while the comparison shows). */
    public ReadOnlyObjectProperty<List<WordDiff.Segment>> backstoryDiffProperty() {
        return comparison.diffProperty();
    }

    /** The field changes, older side to newer side (kept up to date only while the comparison shows). */
    public ReadOnlyStringProperty fieldChangesProperty() {
        return comparison.fieldChangesProperty();
    }

    /** "Discarded by Revert" (what discarded the entry), or "Discarded edits" when it does not say. */
    private static String discarded(Revision r) {
        return r.discardedBy() == null || r.discardedBy().isBlank()
                ? "Discarded edits"
                : "Discarded by " + r.discardedBy();
    }
}
