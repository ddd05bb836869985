package io.characterstudio.ui.connections;

import io.characterstudio.model.ConnectionInfo;
import java.util.List;
import java.util.Optional;

/** The connection feature's dialogs; {@link FxConnectionDialogs} in the app, a fake in tests. */
public interface ConnectionDialogs {

    /** The connection dialog bound to {@code editor}; the saved connection, or empty if cancelled. */
    Optional<ConnectionInfo> editConnection(ConnectionEditorViewModel editor);

    /**
     * Where to copy a character to; empty if cancelled. With no other connection, says so (an error
     * naming Connection > Add connection) and answers empty.
     */
    Optional<ConnectionInfo> askCopyTarget(String characterName, List<ConnectionInfo> targets);
}
