package io.characterstudio.ui.trash;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The trash of the active connection: deleted characters, a search over them (name or ID, ignoring
 * case), a selection of many, restore or forget the selected at once after a dry run that lists what
 * will happen with counts, and emptying (asked first).
 */
public final class TrashViewModel {

    private final TrashService trash;
    private final ObservableValue<Session> session;
    private final DialogService dialogs;
    private final StatusModel status;
    private final Executor ui;
    private final Consumer<ServerCharacter> onRestored;
    private final ObservableList<TrashEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty query = new SimpleStringProperty("");
    private final FilteredList<TrashEntry> shown = new FilteredList<>(entries);
    private final ObservableList<TrashEntry> selected = FXCollections.observableArrayList();
    private final BooleanBinding restorableSelected =
            Bindings.createBooleanBinding(() -> selected.stream().anyMatch(e -> !e.restored()), selected);

    public TrashViewModel(
            TrashService trash,
            ObservableValue<Session> session,
            DialogService dialogs,
            StatusModel status,
            Executor ui,
            Consumer<ServerCharacter> onRestored) {
        this.trash = trash;
        this.session = session;
        this.dialogs = dialogs;
        this.status = status;
        this.ui = ui;
        this.onRestored = onRestored;
        query.addListener((o, was, now) -> {
            shown.setPredicate(e -> TrashBatch.matches(e, now));
            selected.retainAll(shown);
        });
    }

    /**
     * Starts afresh for a new opening of the trash: no message from the last time (its result
     * belongs to that visit), no search, nothing selected.
     */
    public void startFresh() {
        message.set("");
        query.set("");
        selected.clear();
    }

    /** Whether the selection holds an entry not restored yet (only those can be restored). */
    public BooleanBinding restorableSelectedProperty() {
        return restorableSelected;
    }

    public CompletableFuture<Void> refresh() {
        return trash.list(session.getValue().connection().id())
                .handleAsync(
                        (list, failure) -> {
                            if (failure != null) {
                                message.set("The trash could not be read: " + FailureMessages.describe(failure, ""));
                            } else {
                                entries.setAll(list);
                                List<String> kept = selected.stream()
                                        .map(TrashEntry::entryId)
                                        .toList();
                                selected.setAll(shown.filtered(e -> kept.contains(e.entryId())));
                            }
                            return null;
                        },
                        ui);
    }

    /** Re-creates the character (with a new ID) and says plainly what could not come back. */
    public CompletableFuture<Boolean> restore(TrashEntry entry) {
        if (entry == null || entry.restored()) {
            return CompletableFuture.completedFuture(false);
        }
        String name = entry.fields().name();
        StatusModel.Operation op = status.begin("Restoring \"" + name + "\"…");
        return trash.restore(session.getValue().service(), entry)
                .handleAsync(
                        (restored, failure) -> {
                            if (failure != null) {
                                String m = FailureMessages.describe(failure, "");
                                message.set("Not restored. " + m);
                                op.failed("Restore failed: " + m, failure);
                                return false;
                            }
                            message.set("Restored \"" + name + "\" as a new character (" + restored.id() + "; it was "
                                    + entry.characterId() + "). " + TrashService.NOT_RESTORED);
                            op.succeeded("Restored \"" + name + "\" from the trash.");
                            onRestored.accept(restored);
                            refresh();
                            return true;
                        },
                        ui);
    }

    /** The entries that match the search, in the trash's order (the most recently deleted first). */
    public ObservableList<TrashEntry> shown() {
        return shown;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Sets the selection (the view's selected rows); only shown entries can be selected. */
    public void select(List<TrashEntry> chosen) {
        selected.setAll(chosen.stream().filter(shown::contains).toList());
    }

    public ObservableList<TrashEntry> selected() {
        return selected;
    }

    /** "12 of 340 shown, 3 selected". */
    public String countLine() {
        return shown.size() + " of " + entries.size() + " shown, " + selected.size() + " selected";
    }

    /**
     * Restores the selected entries not yet restored, one after another, after a dry run that lists
     * them with counts; completes with how many came back. Each is tried once (a create is never retried).
     */
    public CompletableFuture<Integer> restoreSelected() {
        List<TrashEntry> toRestore =
                selected.stream().filter(e -> !e.restored()).toList();
        if (nothingSelected()
                || !dialogs.confirm(
                        "Restore from the trash",
                        TrashBatch.restoreQuestion(toRestore, selected.size() - toRestore.size()))
                || toRestore.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        StatusModel.Operation op = status.begin("Restoring " + TrashBatch.count(toRestore.size(), "character") + "…");
        List<ServerCharacter> restored = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (TrashEntry entry : toRestore) {
            chain = chain.thenCompose(v -> trash.restore(session.getValue().service(), entry)
                    .handle((c, failure) -> {
                        synchronized (restored) {
                            if (failure == null) {
                                restored.add(c);
                            } else {
                                FailureMessages.log(
                                        failure,
                                        "Restore of trash entry " + entry.entryId() + " (" + entry.characterId()
                                                + ") failed");
                                failed.add(entry.fields().name() + ": " + FailureMessages.describe(failure, ""));
                            }
                        }
                        return null;
                    }));
        }
        return chain.thenApplyAsync(
                v -> {
                    String line = "Restored " + restored.size() + " of " + toRestore.size() + "."
                            + (failed.isEmpty() ? "" : " Not restored: " + String.join("; ", failed) + ".");
                    message.set(line + " " + TrashService.NOT_RESTORED);
                    if (failed.isEmpty()) {
                        op.succeeded(line);
                    } else {
                        op.failed(line);
                    }
                    if (!restored.isEmpty()) {
                        onRestored.accept(restored.get(restored.size() - 1));
                    }
                    refresh();
                    return restored.size();
                },
                ui);
    }

    /** Forgets the selected entries for good after a dry run that lists them; completes with how many. */
    public CompletableFuture<Integer> purgeSelected() {
        List<TrashEntry> chosen = List.copyOf(selected);
        if (nothingSelected() || !dialogs.confirm("Forget deleted characters", TrashBatch.purgeQuestion(chosen))) {
            return CompletableFuture.completedFuture(0);
        }
        return trash.purge(chosen.stream().map(TrashEntry::entryId).toList())
                .handleAsync(
                        (v, failure) -> {
                            if (failure != null) {
                                message.set("Nothing was forgotten: " + FailureMessages.describe(failure, ""));
                                return CompletableFuture.completedFuture(0);
                            }
                            message.set("Forgot " + TrashBatch.count(chosen.size(), "deleted character") + ".");
                            return refresh().thenApply(r -> chosen.size());
                        },
                        ui)
                .thenCompose(f -> f);
    }

    private boolean nothingSelected() {
        if (selected.isEmpty()) {
            message.set("Select one or more deleted characters first.");
            return true;
        }
        return false;
    }

    /** Empties the trash of this connection after asking. */
    public CompletableFuture<Boolean> empty() {
        if (entries.isEmpty()
                || !dialogs.confirm(
                        "Empty the trash",
                        "Forget the " + entries.size()
                                + " deleted characters of this connection for good? They cannot be restored afterwards.")) {
            return CompletableFuture.completedFuture(false);
        }
        return trash.empty(session.getValue().connection().id())
                .thenComposeAsync(v -> refresh(), ui)
                .thenApply(v -> {
                    message.set("The trash is empty.");
                    return true;
                });
    }

    public String connectionName() {
        return session.getValue().connection().name();
    }

    public ObservableList<TrashEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
