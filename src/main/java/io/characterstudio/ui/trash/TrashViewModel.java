package io.characterstudio.ui.trash;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The trash of the active connection: deleted characters, restore, and emptying (asked first). */
public final class TrashViewModel {

    private final TrashService trash;
    private final ObservableValue<Session> session;
    private final DialogService dialogs;
    private final StatusModel status;
    private final Executor ui;
    private final Consumer<ServerCharacter> onRestored;
    private final ObservableList<TrashEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TrashViewModel(TrashService trash, ObservableValue<Session> session, DialogService dialogs,
                          StatusModel status, Executor ui, Consumer<ServerCharacter> onRestored) {
        this.trash = trash;
        this.session = session;
        this.dialogs = dialogs;
        this.status = status;
        this.ui = ui;
        this.onRestored = onRestored;
    }

    public CompletableFuture<Void> refresh() {
        return trash.list(session.getValue().connection().id()).handleAsync((list, failure) -> {
            if (failure != null) {
                message.set("The trash could not be read: " + FailureMessages.describe(failure, ""));
            } else {
                entries.setAll(list);
            }
            return null;
        }, ui);
    }

    /** Re-creates the character (with a new ID) and says plainly what could not come back. */
    public CompletableFuture<Boolean> restore(TrashEntry entry) {
        if (entry == null || entry.restored()) {
            return CompletableFuture.completedFuture(false);
        }
        String name = entry.fields().name();
        StatusModel.Operation op = status.begin("Restoring \"" + name + "\"…");
        return trash.restore(session.getValue().service(), entry).handleAsync((restored, failure) -> {
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
        }, ui);
    }

    /** Empties the trash of this connection after asking. */
    public CompletableFuture<Boolean> empty() {
        if (entries.isEmpty() || !dialogs.confirm("Empty the trash", "Forget the " + entries.size()
                + " deleted characters of this connection for good? They cannot be restored afterwards.")) {
            return CompletableFuture.completedFuture(false);
        }
        return trash.empty(session.getValue().connection().id()).thenComposeAsync(v -> refresh(), ui)
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
