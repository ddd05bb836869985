package io.characterstudio.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /_sandbox/faults}: the sandbox's own endpoint (not part of Convai's API) through
 * which a test or benchmark in another process changes fault injection at run time. The body
 * names only the settings that change, for example {@code {"latency_ms": 50}}; {@code {}} reads
 * them, {@code {"reset": true}} turns every fault off. The answer is the settings now in force.
 */
final class FaultAdmin {

    static final String PATH = "/_sandbox/faults";

    private final FaultInjector faults;
    private final WireJson json;

    FaultAdmin(FaultInjector faults, WireJson json) {
        this.faults = faults;
        this.json = json;
    }

    JsonNode apply(JsonNode body) {
        RequestFields f = RequestFields.of(body);
        FaultSettings s = f.flag("reset", false) ? FaultSettings.NONE : faults.settings();
        try {
            s = new FaultSettings(
                    longField(body, "latency_ms", s.latencyMillis()),
                    rate(body, "server_error_rate", s.serverErrorRate()),
                    rate(body, "rate_limit_rate", s.rateLimitRate()),
                    (int) longField(body, "retry_after_seconds", s.retryAfterSeconds()),
                    rate(body, "non_json_rate", s.nonJsonRate()),
                    rate(body, "drop_rate", s.dropRate()));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        faults.set(s);
        return describe(s, json);
    }

    static ObjectNode describe(FaultSettings s, WireJson json) {
        ObjectNode node = json.object();
        node.put("latency_ms", s.latencyMillis());
        node.put("server_error_rate", s.serverErrorRate());
        node.put("rate_limit_rate", s.rateLimitRate());
        node.put("retry_after_seconds", s.retryAfterSeconds());
        node.put("non_json_rate", s.nonJsonRate());
        node.put("drop_rate", s.dropRate());
        return node;
    }

    private static long longField(JsonNode body, String name, long current) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return current;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ApiError.badRequest("Field '" + name + "' must be a whole number.");
        }
        return node.longValue();
    }

    private static double rate(JsonNode body, String name, double current) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return current;
        }
        if (!node.isNumber()) {
            throw ApiError.badRequest("Field '" + name + "' must be a number from 0 to 1.");
        }
        return node.doubleValue();
    }
}
