package io.characterstudio.service;

import io.characterstudio.convai.ConvaiException;
import io.characterstudio.store.WorkspaceException;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure of the service layer (typed client errors, validation, workspace) into a short
 * sentence for the user, and logs the failure with its exception where the sentence is made: each
 * failure once (by identity, however many times it is described or whether it was already logged
 * with {@link #log} where it happened). The UI uses it so that it needs to know no client or store
 * types.
 */
public final class FailureMessages {

    private static final Logger LOG = LoggerFactory.getLogger(FailureMessages.class);
    /** The failures already logged; weak, so that a failure is forgotten with its last reference. */
    private static final Set<Throwable> LOGGED =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private FailureMessages() {}

    public static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
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

    /** A sentence about {@code failure}; {@code subject} names what it was about, such as an ID. Logs it once. */
    public static String describe(Throwable failure, String subject) {
        String sentence = sentence(unwrap(failure), subject);
        log(failure, sentence);
        return sentence;
    }

    /**
     * Logs {@code failure} (unwrapped) with its exception and {@code context}, unless it was logged
     * before; for places that know more about the failure than the later sentence does.
     */
    public static void log(Throwable failure, String context) {
        Throwable t = unwrap(failure);
        if (LOGGED.add(t)) {
            LOG.warn("{}", context, t);
        }
    }

    private static String sentence(Throwable t, String subject) {
        if (t instanceof ConvaiException e) {
            return switch (e.kind()) {
                case NOT_FOUND -> "No character " + subject + " in this account.";
                case AUTHENTICATION -> "The API key was refused: " + e.getMessage();
                case INVALID_INPUT, REDIRECTED -> e.getMessage();
                case RATE_LIMITED, SERVER_ERROR, UNREADABLE_RESPONSE -> e.getMessage();
                case CONNECTION, TIMEOUT -> e.getMessage() + " Your text is kept; try again when the server is back.";
            };
        }
        if (t instanceof InvalidCharacterException
                || t instanceof WorkspaceException
                || t instanceof ConflictException) {
            return Objects.requireNonNullElse(t.getMessage(), t.getClass().getSimpleName());
        }
        return "Something went wrong (" + t.getClass().getSimpleName() + "). The details are in the log.";
    }
}
