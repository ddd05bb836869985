package io.characterstudio.store;

/** The local workspace could not be opened, read or written. The message is for the user. */
public class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
