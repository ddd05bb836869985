package io.characterstudio.convai;

import static io.characterstudio.convai.ConvaiException.Kind;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/** The sentences of failures with no usable answer: no connection, a time-out, too large, a redirect. */
final class TransportFailures {

    private static final int MAX_SHOWN_LOCATION = 200;

    private TransportFailures() {}

    /** What a failure of {@link BoundedExchange#send} means for the user. */
    static ConvaiException describe(Throwable e, String path, ConvaiSettings settings, long maxBodyBytes) {
        if (e instanceof HttpConnectTimeoutException) {
            return failure(
                    Kind.CONNECTION,
                    "Could not connect to " + settings.baseUrl() + " within " + seconds(settings.connectTimeout())
                            + ".",
                    e);
        }
        if (e instanceof HttpTimeoutException || e instanceof TimeoutException) {
            return failure(
                    Kind.TIMEOUT, "The server did not answer within " + seconds(settings.requestTimeout()) + ".", e);
        }
        if (e instanceof BoundedExchange.TooLargeException tooLarge) {
            return new ConvaiException(
                    Kind.UNREADABLE_RESPONSE,
                    "The server's answer to " + path + " is too large" + " (more than " + megabytes(maxBodyBytes)
                            + "), so it was not read. It may not be a Convai API.",
                    tooLarge.status(),
                    null,
                    null,
                    null,
                    e);
        }
        if (e instanceof ConnectException) {
            return failure(
                    Kind.CONNECTION,
                    "Cannot reach " + settings.baseUrl() + ": is the server running and the address right?",
                    e);
        }
        if (e instanceof IOException) {
            return failure(
                    Kind.CONNECTION, "The connection to " + settings.baseUrl() + " broke before an answer came.", e);
        }
        return failure(
                Kind.CONNECTION,
                "The connection to " + settings.baseUrl() + " failed ("
                        + e.getClass().getSimpleName() + ").",
                e);
    }

    /**
     * A 3xx answer: never followed, so neither the key nor the request went where it points.
     * The shown address is resolved against the request's, cut short, and has the key masked.
     */
    static ConvaiException redirected(int status, URI requested, Optional<String> location, String apiKey) {
        String where = location.map(l -> {
                    try {
                        return requested.resolve(l.strip()).toString();
                    } catch (IllegalArgumentException e) {
                        return l.strip();
                    }
                })
                .map(l -> apiKey.isEmpty() ? l : l.replace(apiKey, "(key)"))
                .map(l -> l.length() > MAX_SHOWN_LOCATION ? l.substring(0, MAX_SHOWN_LOCATION) + "…" : l)
                .orElse(null);
        String message = "The server redirected the request (HTTP " + status + ")"
                + (where == null ? " without saying where" : " to " + where)
                + ". Redirects are not followed, so your key and the request were not sent there."
                + (where == null ? "" : " If you trust that address, use it as the base URL.");
        return new ConvaiException(Kind.REDIRECTED, message, status, null, null, null, null);
    }

    private static ConvaiException failure(Kind kind, String message, Throwable cause) {
        return new ConvaiException(kind, message, 0, null, null, null, cause);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
