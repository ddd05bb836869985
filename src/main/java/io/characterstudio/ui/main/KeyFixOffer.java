package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.DialogService;

/**
 * A refused key: when a failure says the server refused the API key of a connection other than
 * the embedded sandbox, asks whether to open that connection's settings, and opens them if so.
 */
final class KeyFixOffer {

    private final ConnectionsViewModel connections;
    private final DialogService dialogs;

    KeyFixOffer(ConnectionsViewModel connections, DialogService dialogs) {
        this.connections = connections;
        this.dialogs = dialogs;
    }

    /** Offers the connection dialog if {@code failure} is a refused key; does nothing otherwise. */
    void offer(Throwable failure) {
        ConnectionInfo active = connections.active();
        if (FailureMessages.isAuthentication(failure)
                && !active.id().equals(ConnectionService.EMBEDDED_ID)
                && dialogs.confirm(
                        "Invalid key",
                        "The server refused the API key of " + active.name()
                                + ". Open the connection settings to fix it?")) {
            connections.edit(active);
        }
    }
}
