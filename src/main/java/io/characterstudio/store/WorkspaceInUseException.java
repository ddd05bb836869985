package io.characterstudio.store;

import java.nio.file.Path;

/** Another Character Studio has this data folder open. */
public final class WorkspaceInUseException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public WorkspaceInUseException(Path dataDir) {
        super(
                "Character Studio is already open on the data folder " + dataDir
                        + ". Close the other window first, or start this one with another --data-dir.",
                null);
    }
}
