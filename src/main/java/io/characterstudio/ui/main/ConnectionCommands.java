package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.connections.ConnectionDialogs;
import io.characterstudio.ui.editor.EditorViewModel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The main window's connection commands: switch (after the leave guard, which keeps journalled
 * edits as a draft of the connection left and asks only about edits it would lose), add, edit,
 * and copy the open character to another connection.
 */
final class ConnectionCommands {

    private final ConnectionsViewModel connections;
    private final EditorViewModel editor;
    private final StatusModel status;
    private final ConnectionDialogs dialogs;
    private final Executor ui;
    private final LeaveGuard leaveGuard;
    private final Supplier<CompletableFuture<Void>> restart;

    ConnectionCommands(
            ConnectionsViewModel connections,
            EditorViewModel editor,
            StatusModel status,
            ConnectionDialogs dialogs,
            Executor ui,
            LeaveGuard leaveGuard,
            Supplier<CompletableFuture<Void>> restart) {
        this.connections = connections;
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
        this.ui = ui;
        this.leaveGuard = leaveGuard;
        this.restart = restart;
    }

    CompletableFuture<Boolean> switchTo(ConnectionInfo target) {
        if (target == null || target.id().equals(connections.active().id())) {
            return CompletableFuture.completedFuture(true);
        }
        return leaveGuard.keepAsDraft().thenCompose(ok -> {
            if (!ok) {
                return CompletableFuture.completedFuture(false);
            }
            return connections.activate(target).thenCompose(switched -> {
                if (!switched) {
                    return CompletableFuture.completedFuture(false);
                }
                editor.closeKeepingDraft();
                status.reset();
                status.succeeded("Now on " + MainViewModel.describe(target) + ".");
                return restart.get().thenApply(v -> true);
            });
        });
    }

    void add() {
        connections.add().ifPresent(this::switchTo);
    }

    void editActive() {
        connections.edit(connections.active());
    }

    CompletableFuture<Boolean> copyTo() {
        ServerCharacter source = editor.snapshotProperty().get();
        if (source == null) {
            return CompletableFuture.completedFuture(false);
        }
        Optional<ConnectionInfo> target = dialogs.askCopyTarget(source.name(), connections.others());
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        StatusModel.Operation op = status.begin(
                "Copying \"" + source.name() + "\" to " + target.get().name() + "…");
        return connections
                .serviceOf(target.get())
                .thenCompose(service -> service.create(source.fields()))
                .thenCompose(created -> connections
                        .link(source.id(), target.get(), created.character().id())
                        .thenApply(v -> created))
                .handleAsync(
                        (created, failure) -> {
                            if (failure != null) {
                                String message = FailureMessages.describe(failure, "");
                                editor.showError("Not copied to " + target.get().name() + ". " + message);
                                op.failed("Copy failed: " + message, failure);
                                return false;
                            }
                            op.succeeded("Copied \"" + source.name() + "\" to "
                                    + target.get().name() + " as "
                                    + created.character().id() + ".");
                            return true;
                        },
                        ui);
    }
}
