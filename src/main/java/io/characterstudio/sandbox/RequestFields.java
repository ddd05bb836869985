package io.characterstudio.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a request body with the contract's tolerance for spellings and its
 * strictness for types: a field of the wrong type is a 400 {@code ERROR}.
 */
final class RequestFields {

    private final JsonNode body;

    private RequestFields(JsonNode body) {
        this.body = body;
    }

    static RequestFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest("The request body must be a JSON object.");
        }
        return new RequestFields(body);
    }

    boolean has(String name) {
        JsonNode node = body.get(name);
        return node != null && !node.isNull();
    }

    /** The string value, or {@code null} when the field is absent or JSON null. */
    String string(String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw ApiError.badRequest("Field '" + name + "' must be a string.");
        }
        return node.stringValue();
    }

    /** A charID, trimmed of the white space that users paste along with IDs; null when absent. */
    String id(String name) {
        String value = string(name);
        return value == null ? null : value.strip();
    }

    /** A charID that must be present and not blank. */
    String requiredId(String name) {
        String value = id(name);
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest("Field '" + name + "' is required.");
        }
        return value;
    }

    boolean flag(String name, boolean absent) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()
                && ("true".equalsIgnoreCase(node.stringValue()) || "false".equalsIgnoreCase(node.stringValue()))) {
            return Boolean.parseBoolean(node.stringValue());
        }
        throw ApiError.badRequest("Field '" + name + "' must be a boolean.");
    }

    /**
     * The first of the given spellings that is present, as a list: a JSON list of strings, or a
     * string of comma-separated items. Items are trimmed and empty ones dropped. Null if none.
     */
    List<String> list(String... spellings) {
        for (String name : spellings) {
            JsonNode node = body.get(name);
            if (node == null || node.isNull()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            if (node.isString()) {
                for (String part : node.stringValue().split(",")) {
                    items.add(part);
                }
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    if (!item.isString()) {
                        throw ApiError.badRequest("Field '" + name + "' must be a list of strings.");
                    }
                    items.add(item.stringValue());
                }
            } else {
                throw ApiError.badRequest("Field '" + name + "' must be a string or a list of strings.");
            }
            return List.copyOf(new LinkedHashSet<>(
                    items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        }
        return null;
    }
}
