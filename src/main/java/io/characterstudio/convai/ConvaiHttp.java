package io.characterstudio.convai;

import static io.characterstudio.convai.ConvaiException.Kind;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transport under {@link ConvaiClient}: sends one request (retrying reads when asked), and
 * turns every answer into JSON or a typed {@link ConvaiException}. A response is a failure when
 * its status is not 2xx or its body carries an ERROR, API_ERROR or INTERNAL_ERROR key. Redirects
 * are never followed (a 3xx is a {@link Kind#REDIRECTED} failure), a key is never sent over plain
 * http to another computer ({@link KeyTransport}), every exchange has an overall deadline (the
 * request timeout) and a cap on the answer's size ({@link BoundedExchange}). After a failure
 * with no answer (no connection, a time-out, an answer too large) the HTTP client is replaced
 * by a new one from the factory, so that a broken client cannot fail every later call. The error
 * table and what each answer becomes are in {@code docs/convai-api.md}.
 */
final class ConvaiHttp {

    private static final Logger LOG = LoggerFactory.getLogger(ConvaiHttp.class);
    static final String KEY_HEADER = "CONVAI-API-KEY";
    static final String UNKNOWN_CHARACTER = "Could not fetch character details from all_characters table.";
    static final String GET_FAILED = "INTERNAL SERVER ERROR, one or more database calls failed!";

    private final ConvaiSettings settings;
    private final JsonMapper mapper;
    private final Supplier<HttpClient> clients;
    private final AtomicReference<HttpClient> http;
    private final Sleeper sleeper;
    private final long maxBodyBytes;

    ConvaiHttp(
            ConvaiSettings settings,
            JsonMapper mapper,
            Supplier<HttpClient> clients,
            Sleeper sleeper,
            long maxBodyBytes) {
        this.settings = settings;
        this.mapper = mapper;
        this.clients = clients;
        this.http = new AtomicReference<>(clients.get());
        this.sleeper = sleeper;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** A POST with a JSON body. {@code retry}: whether transient failures are tried again. */
    JsonNode post(String path, JsonNode body, boolean retry, boolean targetsCharacter) {
        byte[] json = mapper.writeValueAsBytes(body);
        return call(
                path, () -> request(path).POST(HttpRequest.BodyPublishers.ofByteArray(json)), retry, targetsCharacter);
    }

    JsonNode get(String path) {
        return call(path, () -> request(path).GET(), true, false);
    }

    private interface RequestFactory {
        HttpRequest.Builder build();
    }

    private JsonNode call(String path, RequestFactory factory, boolean retry, boolean targetsCharacter) {
        if (!KeyTransport.allows(settings.baseUrl())) {
            throw new ConvaiException(Kind.INVALID_INPUT, KeyTransport.PLAIN_HTTP_PROBLEM, 0, null, null, null, null);
        }
        RetryPolicy policy = retry ? settings.retryPolicy() : RetryPolicy.NONE;
        for (int attempt = 1; ; attempt++) {
            try {
                return exchange(path, factory.build().build(), targetsCharacter);
            } catch (ConvaiException failure) {
                Duration wait = policy.delayAfter(attempt, failure);
                if (wait == null) {
                    throw failure;
                }
                LOG.info(
                        "{} failed ({}, status {}); try {} of {} in {} ms",
                        path,
                        failure.kind(),
                        failure.status(),
                        attempt + 1,
                        policy.maxAttempts(),
                        wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.requestTimeout())
                .header(KEY_HEADER, settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private JsonNode exchange(String path, HttpRequest request, boolean targetsCharacter) {
        HttpClient client = Objects.requireNonNull(http.get());
        HttpResponse<byte[]> response;
        try {
            response = BoundedExchange.send(client, request, settings.requestTimeout(), maxBodyBytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConvaiException(Kind.CONNECTION, "The request was cancelled.", 0, null, null, null, e);
        } catch (IOException | TimeoutException | RuntimeException | Error e) {
            if (http.compareAndSet(client, clients.get())) {
                LOG.debug("HTTP client of {} replaced after a failure", settings.baseUrl());
            }
            throw TransportFailures.describe(e, path, settings, maxBodyBytes);
        }
        return interpret(path, request, response, targetsCharacter);
    }

    private JsonNode interpret(
            String path, HttpRequest request, HttpResponse<byte[]> response, boolean targetsCharacter) {
        int status = response.statusCode();
        if (status >= 300 && status <= 399) {
            throw TransportFailures.redirected(
                    status, request.uri(), response.headers().firstValue("Location"), settings.apiKey());
        }
        Optional<Duration> retryAfter =
                response.headers().firstValue("Retry-After").flatMap(ConvaiHttp::seconds);
        JsonNode body = parse(response.body());
        if (body == null) {
            if (status == 429) {
                throw rateLimited(status, retryAfter, null);
            }
            String what = response.body().length == 0 ? "an empty answer" : "an answer that is not JSON";
            throw new ConvaiException(
                    Kind.UNREADABLE_RESPONSE,
                    "The server sent " + what + " (HTTP " + status + ") to " + path
                            + ". It may not be a Convai API, or a proxy is failing.",
                    status,
                    null,
                    null,
                    retryAfter.orElse(null),
                    null);
        }
        Optional<String> apiError = text(body, "API_ERROR");
        Optional<String> error = text(body, "ERROR");
        Optional<String> internalError = text(body, "INTERNAL_ERROR");
        boolean failed =
                status < 200 || status > 299 || apiError.isPresent() || error.isPresent() || internalError.isPresent();
        if (!failed) {
            return body;
        }
        String serverMessage = apiError.or(() -> error).or(() -> internalError).orElse(null);
        if (status == 429) {
            throw rateLimited(status, retryAfter, serverMessage);
        }
        if (apiError.isPresent() || status == 401 || status == 403) {
            throw new ConvaiException(
                    Kind.AUTHENTICATION,
                    "The API key is missing or not valid for this account.",
                    status,
                    serverMessage,
                    null,
                    null,
                    null);
        }
        if (status >= 500 || body.has("Reference ID")) {
            String reference = text(body, "Reference ID").orElse(null);
            throw new ConvaiException(
                    Kind.SERVER_ERROR,
                    "The server failed" + (reference == null ? "." : " (reference " + reference + ")."),
                    status,
                    serverMessage,
                    reference,
                    retryAfter.orElse(null),
                    null);
        }
        if (targetsCharacter && (UNKNOWN_CHARACTER.equals(serverMessage) || GET_FAILED.equals(serverMessage))) {
            throw new ConvaiException(
                    Kind.NOT_FOUND, "No such character in this account.", status, serverMessage, null, null, null);
        }
        throw new ConvaiException(
                Kind.INVALID_INPUT,
                serverMessage == null
                        ? "The server refused the request."
                        : "The server refused the request: " + serverMessage,
                status,
                serverMessage,
                null,
                null,
                null);
    }

    private static ConvaiException rateLimited(
            int status, Optional<Duration> retryAfter, @Nullable String serverMessage) {
        return new ConvaiException(
                Kind.RATE_LIMITED,
                "Too many requests"
                        + retryAfter
                                .map(d -> "; try again in " + d.toSeconds() + " s.")
                                .orElse("; try again shortly."),
                status,
                serverMessage,
                null,
                retryAfter.orElse(null),
                null);
    }

    private @Nullable JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Optional<String> text(JsonNode body, String key) {
        JsonNode node = body.isObject() ? body.get(key) : null;
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(node.isString() ? node.stringValue() : node.toString());
    }

    private static Optional<Duration> seconds(String header) {
        try {
            long value = Long.parseLong(header.strip());
            return value < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
