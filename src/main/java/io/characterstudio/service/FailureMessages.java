package io.characterstudio.service;

import io.characterstudio.convai.ConvaiException;
import io.characterstudio.store.WorkspaceException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns a failure of the service layer (typed client errors, validation, workspace) into a short
 * sentence for the user; the detail goes to the log. The UI uses it so that it needs to know no
 * client or store types.
 */
public final class FailureMessages {

    private FailureMessages() {
    }

    public static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Whether the server refused the API key (a 401 or an API_ERROR answer). */
    public static boolean isAuthentication(Throwable failure) {
        return unwrap(failure) instanceof ConvaiException e && e.kind() == ConvaiException.Kind.AUTHENTICATION;
    }

    /** Whether the server could not be reached at all (down, wrong address, time-out). */
    public static boolean isUnreachable(Throwable failure) {
        return unwrap(failure) instanceof ConvaiException e
                && (e.kind() == ConvaiException.Kind.CONNECTION || e.kind() == ConvaiException.Kind.TIMEOUT);
    }

    /** A sentence about {@code failure}; {@code subject} names what it was about, such as an ID. */
    public static String describe(Throwable failure, String subject) {
        Throwable t = unwrap(failure);
        if (t instanceof ConvaiException e) {
            return switch (e.kind()) {
                case NOT_FOUND -> "No character " + subject + " in this account.";
                case AUTHENTICATION -> "The API key was refused: " + e.getMessage();
                case INVALID_INPUT, REDIRECTED -> e.getMessage();
                case RATE_LIMITED, SERVER_ERROR, UNREADABLE_RESPONSE -> e.getMessage();
                case CONNECTION, TIMEOUT -> e.getMessage() + " Your text is kept; try again when the server is back.";
            };
        }
        if (t instanceof InvalidCharacterException || t instanceof WorkspaceException || t instanceof ConflictException) {
            return t.getMessage();
        }
        return "Something went wrong (" + t.getClass().getSimpleName() + "). The details are in the log.";
    }
}
