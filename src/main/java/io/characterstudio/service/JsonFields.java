package io.characterstudio.service;

import io.characterstudio.service.CharacterFiles.BadFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields of an import file read one by one, each checked for its type: a wrong one is a
 * {@link BadFileException} that names the field and what it held.
 */
final class JsonFields {

    private JsonFields() {}

    /** A note for the fields of {@code node} that are not {@code known} (the import ignores them), if any. */
    static List<String> unknown(JsonNode node, Set<String> known, String prefix) {
        List<String> unknown = node.propertyNames().stream()
                .filter(n -> !known.contains(n))
                .sorted()
                .toList();
        return unknown.isEmpty()
                ? List.of()
                : List.of("ignored unknown field" + (unknown.size() == 1 ? " " : "s ")
                        + String.join(
                                ", ",
                                unknown.stream()
                                        .map(u -> "\"" + prefix + u + "\"")
                                        .toList()));
    }

    /** The text of {@code field}; missing or null is "" (or refused when {@code required}). */
    static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadFileException("missing \"" + field + "\"");
            }
            return "";
        }
        if (!v.isString()) {
            throw new BadFileException("\"" + field + "\" must be text, not "
                    + v.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return v.stringValue();
    }

    /** The text of {@code field}, or {@code fallback} when it is missing or null. */
    static String textOr(JsonNode node, String field, String fallback) {
        return node.has(field) && !node.get(field).isNull() ? text(node, field, false) : fallback;
    }

    /** The text of {@code field} without surrounding blanks, empty when there is none. */
    static Optional<String> optionalText(JsonNode node, String field) {
        return Optional.of(textOr(node, field, "").strip()).filter(s -> !s.isEmpty());
    }

    /** The list of text of {@code field}, or {@code fallback} when it is missing or null. */
    static List<String> list(JsonNode node, String field, List<String> fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isArray()) {
            throw new BadFileException("\"" + field + "\" must be a list of text");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isString()) {
                throw new BadFileException("\"" + field + "\" must be a list of text (found "
                        + item.getNodeType().name().toLowerCase(Locale.ROOT) + ")");
            }
            out.add(item.stringValue());
        }
        return out;
    }
}
