package io.characterstudio.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's HTTP front: the local-caller check ({@link LocalCallers}), routing, API keys,
 * the 1 MB body limit, fault injection, JSON parsing, and turning every outcome (including
 * unexpected failures) into a contract answer. No request makes it answer a stack trace.
 *
 * <p>Everything that can refuse a request from its headers (host, origin, path, method, key)
 * does so before a byte of the body is read: a client without the key cannot hold a worker by
 * announcing a large body and sending it slowly. Reading the body and writing the answer run
 * under the exchange's {@link Deadline}; after a refusal, what is left of an unread body is
 * dropped for at most {@link RequestLimits#REFUSAL_DRAIN_MILLIS} before the connection closes.
 */
final class SandboxHttpHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxHttpHandler.class);

    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;
    static final String KEY_HEADER = "CONVAI-API-KEY";
    private static final String BODY_READ = "io.characterstudio.sandbox.bodyRead";

    /** Which wording of the key errors an endpoint uses (the contract has two). */
    private enum KeyErrors {
        CHARACTER,
        CATALOG
    }

    private interface Action {
        JsonNode run(JsonNode body) throws Exception;
    }

    private record Route(String method, KeyErrors keyErrors, boolean readsBody, boolean api, Action action) {}

    private final Map<String, Route> routes;
    private final ApiKeys keys;
    private final FaultInjector faults;
    private final WireJson json;
    private final Catalog catalog;
    private final RequestLimits limits;

    SandboxHttpHandler(
            CharacterApi api,
            Catalog catalog,
            ApiKeys keys,
            FaultInjector faults,
            WireJson json,
            RequestLimits limits) {
        this.limits = limits;
        this.keys = keys;
        this.faults = faults;
        this.json = json;
        this.catalog = catalog;
        FaultAdmin admin = new FaultAdmin(faults, json);
        this.routes = Map.of(
                "/character/create",
                new Route("POST", KeyErrors.CHARACTER, true, true, api::create),
                "/character/update",
                new Route("POST", KeyErrors.CHARACTER, true, true, api::update),
                "/character/get",
                new Route("POST", KeyErrors.CHARACTER, true, true, api::get),
                "/character/list",
                new Route("POST", KeyErrors.CATALOG, false, true, body -> api.list()),
                "/user/clone_character",
                new Route("POST", KeyErrors.CHARACTER, true, true, api::cloneCharacter),
                "/character/delete",
                new Route("POST", KeyErrors.CHARACTER, true, true, api::delete),
                "/tts/get_available_voices",
                new Route("GET", KeyErrors.CATALOG, false, true, null),
                "/tts/get_available_languages",
                new Route("GET", KeyErrors.CATALOG, false, true, null),
                FaultAdmin.PATH,
                new Route("POST", KeyErrors.CHARACTER, true, false, admin::apply));
    }

    /** Every path this handler answers, with its method (for the test that keeps docs/convai-api.md complete). */
    Map<String, String> routedMethods() {
        Map<String, String> methods = new TreeMap<>();
        routes.forEach((path, route) -> methods.put(path, route.method()));
        return methods;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            try {
                DeadlineWorkers.current().disarm();
                respond(exchange);
            } catch (ApiError e) {
                sendQuietly(exchange, e.status(), json.single(e.key(), e.getMessage()));
            } catch (IOException e) {
                LOG.debug(
                        "Connection lost while answering {}: {}",
                        exchange.getRequestURI().getPath(),
                        e.toString());
            } catch (Exception e) {
                String reference = UUID.randomUUID().toString();
                LOG.error(
                        "Sandbox failure on {} {} (Reference ID {})",
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(),
                        reference,
                        e);
                ObjectNode body = json.object();
                body.put("ERROR", "Internal server error.");
                body.put("Reference ID", reference);
                sendQuietly(exchange, 500, json.write(body));
            }
        }
    }

    private void respond(HttpExchange exchange) throws Exception {
        LocalCallers.check(exchange.getRequestHeaders());
        String path = exchange.getRequestURI().getPath();
        Route route = routes.get(path);
        if (route == null) {
            throw new ApiError(404, "ERROR", "No such endpoint: " + path);
        }
        String method = exchange.getRequestMethod();
        if (!route.method().equals(method)) {
            exchange.getResponseHeaders().set("Allow", route.method());
            throw new ApiError(405, "ERROR", "Method " + method + " is not allowed here; use " + route.method() + ".");
        }
        checkKey(exchange, route.keyErrors());
        byte[] body = readBody(exchange);
        if (route.api() && injectFault(exchange)) {
            return;
        }
        JsonNode answer;
        if (route.action() == null) {
            send(
                    exchange,
                    200,
                    path.endsWith("voices") ? catalog.voicesBody() : catalog.languagesBody(),
                    "application/json");
            return;
        } else {
            answer = route.action().run(route.readsBody() ? parse(body) : null);
        }
        int status = path.equals("/character/create") ? 201 : 200;
        send(exchange, status, json.write(answer), "application/json");
    }

    /** Applies the injected latency and draws a fault; true when the fault has answered. */
    private boolean injectFault(HttpExchange exchange) throws IOException, InterruptedException {
        FaultSettings settings = faults.settings();
        if (settings.latencyMillis() > 0) {
            Thread.sleep(settings.latencyMillis());
        }
        switch (faults.draw(settings)) {
            case SERVER_ERROR -> {
                ObjectNode body = json.object();
                body.put("ERROR", "Injected server failure.");
                body.put("Reference ID", UUID.randomUUID().toString());
                send(exchange, 500, json.write(body), "application/json");
                return true;
            }
            case RATE_LIMITED -> {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(settings.retryAfterSeconds()));
                send(exchange, 429, json.single("ERROR", "Too many requests. Try again later."), "application/json");
                return true;
            }
            case NON_JSON -> {
                String page = "<html><head><title>502 Bad Gateway</title></head><body><center>"
                        + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";
                send(exchange, 502, page.getBytes(StandardCharsets.UTF_8), "text/html");
                return true;
            }
            case DROP -> {
                // Closing before any header is sent makes the server drop the connection.
                exchange.close();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void checkKey(HttpExchange exchange, KeyErrors wording) {
        String presented = exchange.getRequestHeaders().getFirst(KEY_HEADER);
        if (presented == null || presented.isBlank()) {
            throw wording == KeyErrors.CHARACTER
                    ? new ApiError(401, "API_ERROR", "api_key not found.")
                    : new ApiError(400, "API_ERROR", "API Key not found");
        }
        if (!keys.accepts(presented)) {
            throw wording == KeyErrors.CHARACTER
                    ? new ApiError(401, "API_ERROR", "Invalid API key provided.")
                    : new ApiError(401, "API_ERROR", "Invalid API Key provided");
        }
    }

    /** Reads the body within {@link RequestLimits#bodyMillis()}; the answer may then take its time. */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        Deadline deadline = DeadlineWorkers.current();
        deadline.arm(limits.bodyMillis());
        exchange.setAttribute(BODY_READ, true);
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                drain(in);
                throw tooLarge();
            }
            return body;
        } finally {
            deadline.disarm();
        }
    }

    /**
     * Reads and drops what is left of an oversized body, so that the client, still sending,
     * gets the 413 instead of a reset connection. Past {@value #MAX_DRAIN_BYTES} the connection
     * is dropped: a client sending that much is not waiting for an answer.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int n;
        while (drained < MAX_DRAIN_BYTES && (n = in.read(buffer)) >= 0) {
            drained += n;
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "ERROR", "The request body is larger than 1 MB.");
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiError.badRequest("The request body is empty; a JSON object is expected.");
        }
        try {
            return json.read(body);
        } catch (JacksonException e) {
            throw ApiError.badRequest("The request body is not valid JSON.");
        }
    }

    /**
     * Sends an answer under a deadline: {@link RequestLimits#responseMillis()} once the body
     * has been read, or {@link RequestLimits#REFUSAL_DRAIN_MILLIS} for a refusal sent before
     * it, which also covers dropping the unread body when the exchange closes.
     */
    private void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
        boolean bodyRead = exchange.getAttribute(BODY_READ) != null;
        DeadlineWorkers.current().arm(bodyRead ? limits.responseMillis() : RequestLimits.REFUSAL_DRAIN_MILLIS);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void sendQuietly(HttpExchange exchange, int status, byte[] body) {
        try {
            send(exchange, status, body, "application/json");
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not send the failure answer: {}", e.toString());
        }
    }
}
