package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.SettingsService;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.connections.ConnectionDialogs;
import io.characterstudio.ui.connections.ConnectionEditorViewModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The connections of the toolbar selector, the active one, and the connection dialog's commands. */
public final class ConnectionsViewModel {

    /** The setting that names the connection used last, which the window opens on. */
    public static final String LAST_CONNECTION = "last.connection";

    private final ConnectionService connections;
    private final Function<ConnectionInfo, CharacterService> services;
    private final SettingsService settings;
    private final DialogService dialogs;
    private final ConnectionDialogs connectionDialogs;
    private final Executor ui;
    private final Executor connecting;
    private final ObservableList<ConnectionInfo> all = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();

    ConnectionsViewModel(
            ConnectionService connections,
            Function<ConnectionInfo, CharacterService> services,
            SettingsService settings,
            DialogService dialogs,
            ConnectionDialogs connectionDialogs,
            Executor ui,
            Executor connecting) {
        this.connections = connections;
        this.services = services;
        this.settings = settings;
        this.dialogs = dialogs;
        this.connectionDialogs = connectionDialogs;
        this.ui = ui;
        this.connecting = connecting;
        all.setAll(connections.all());
        ConnectionInfo first =
                settings.get(LAST_CONNECTION).flatMap(connections::find).orElse(connections.embedded());
        session.set(new Session(first, services.apply(first)));
    }

    public ObservableList<ConnectionInfo> all() {
        return all;
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ConnectionInfo active() {
        return session.get().connection();
    }

    /**
     * Makes {@code c} active (the caller has dealt with unsaved changes): its service is made off the
     * FX thread (reading its key, building its HTTP client), then the session changes on the FX
     * thread. Completes with false, the session unchanged, when the service could not be made (an
     * error says why).
     */
    CompletableFuture<Boolean> activate(ConnectionInfo c) {
        return serviceOf(c)
                .handleAsync(
                        (service, failure) -> {
                            if (failure != null) {
                                dialogs.showError(
                                        "Could not switch connection",
                                        "Could not switch to " + c.name() + ": "
                                                + FailureMessages.describe(failure, ""));
                                return false;
                            }
                            session.set(new Session(c, service));
                            settings.putAll(Map.of(LAST_CONNECTION, c.id()));
                            return true;
                        },
                        ui);
    }

    /** Opens the dialog for a new connection; completes with the saved one, if any. */
    public Optional<ConnectionInfo> add() {
        return edit(ConnectionEditorViewModel.forNew(connections, ui));
    }

    /** Opens the dialog for {@code c}; the built-in sandbox has nothing to edit. */
    public Optional<ConnectionInfo> edit(ConnectionInfo c) {
        if (c.id().equals(ConnectionService.EMBEDDED_ID)) {
            dialogs.showError(
                    "The built-in sandbox", "The sandbox on this computer needs no settings: it uses its own key.");
            return Optional.empty();
        }
        return edit(ConnectionEditorViewModel.forEdit(connections, c, connections.hasStoredKey(c.id()), ui));
    }

    private Optional<ConnectionInfo> edit(ConnectionEditorViewModel vm) {
        Optional<ConnectionInfo> saved = connectionDialogs.editConnection(vm);
        saved.ifPresent(c -> {
            all.setAll(connections.all());
            if (c.id().equals(active().id())) {
                activate(c);
            }
        });
        return saved;
    }

    /** The built-in sandbox, where the window goes when the active connection is removed. */
    ConnectionInfo embedded() {
        return connections.embedded();
    }

    /** Forgets {@code c} in the background, then lists the connections again. */
    CompletableFuture<Void> remove(ConnectionInfo c) {
        return connections.removeAsync(c.id()).thenRunAsync(() -> all.setAll(connections.all()), ui);
    }

    /** Copies to another connection: the connections to choose from. */
    public List<ConnectionInfo> others() {
        return all.stream().filter(c -> !c.id().equals(active().id())).toList();
    }

    /** The service of a connection (another one, for "Copy to…"), made off the FX thread. */
    CompletableFuture<CharacterService> serviceOf(ConnectionInfo c) {
        return CompletableFuture.supplyAsync(() -> services.apply(c), connecting);
    }

    CompletableFuture<Void> link(String fromId, ConnectionInfo to, String toId) {
        return connections.linkAsync(active().id(), fromId, to.id(), toId);
    }
}
