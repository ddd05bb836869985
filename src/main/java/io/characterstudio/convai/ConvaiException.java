package io.characterstudio.convai;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A failed call to the Convai API (or the sandbox), typed by {@link Kind}, with a short message
 * a user can be shown. It never holds the API key; the detail for the log is in the cause.
 */
public final class ConvaiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The key is missing or not valid for this account. */
        AUTHENTICATION,
        /** No character with that ID or name in this account. */
        NOT_FOUND,
        /** The server refused the input; {@link #serverMessage()} says why. */
        INVALID_INPUT,
        /** Too many requests; {@link #retryAfter()} says when to try again, if the server said. */
        RATE_LIMITED,
        /** The server failed; {@link #referenceId()} identifies the failure for Convai's support. */
        SERVER_ERROR,
        /** No connection could be made, or it broke before an answer came. */
        CONNECTION,
        /** The answer did not come within the request timeout. */
        TIMEOUT,
        /** An answer came but could not be read: an HTML page, an empty, truncated or too large body. */
        UNREADABLE_RESPONSE,
        /** The server answered with a redirect (3xx); it was not followed, the message says where it pointed. */
        REDIRECTED
    }

    private final Kind kind;
    private final int status;
    private final @Nullable String serverMessage;
    private final @Nullable String referenceId;
    private final @Nullable Duration retryAfter;

    ConvaiException(
            Kind kind,
            String message,
            int status,
            @Nullable String serverMessage,
            @Nullable String referenceId,
            @Nullable Duration retryAfter,
            @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.serverMessage = serverMessage;
        this.referenceId = referenceId;
        this.retryAfter = retryAfter;
    }

    static ConvaiException of(Kind kind, String message, int status) {
        return new ConvaiException(kind, message, status, null, null, null, null);
    }

    /** The sentence for the user; never null (every constructor takes one). */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status of the answer, or 0 when none came. */
    public int status() {
        return status;
    }

    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    public Optional<String> referenceId() {
        return Optional.ofNullable(referenceId);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether a read may be tried again: a connection failure, a timeout, 429, 500, 502, 503 or 504. */
    public boolean isTransient() {
        return kind == Kind.CONNECTION
                || kind == Kind.TIMEOUT
                || status == 429
                || status == 500
                || status == 502
                || status == 503
                || status == 504;
    }
}
