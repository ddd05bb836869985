package io.characterstudio.service;

import io.characterstudio.service.CharacterFiles.BadFileException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Checks of a parsed import file that Jackson does not make: the format version and broken text. */
final class JsonChecks {

    private JsonChecks() {}

    /**
     * Accepts a missing or null version and the version 1; a larger whole number is a newer
     * Character Studio's file; anything else (text, a fraction, 0, a negative, an overflowing or
     * non-finite number) is refused with the value it had.
     */
    static void checkVersion(JsonNode version) {
        if (version == null || version.isNull()) {
            return;
        }
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() <= 0) {
            throw new BadFileException("\"version\" must be 1 (a whole number), not " + shown(version));
        }
        if (version.bigIntegerValue().compareTo(BigInteger.ONE) > 0) {
            throw new BadFileException("written by a newer Character Studio (version " + shown(version) + ")");
        }
    }

    /** A value as JSON for a message, cut after 40 code points ("…" then). */
    static String shown(JsonNode value) {
        return shown(value.toString());
    }

    /** {@code text} for a message, cut after 40 code points ("…" then). */
    static String shown(String text) {
        return text.codePointCount(0, text.length()) > 40 ? ExportNames.cut(text, 40) + "…" : text;
    }

    /** The field holding text (a value or a field name) with half of a surrogate pair, if any. */
    static Optional<String> brokenCharacter(JsonNode root) {
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry("", root));
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonNode> next = todo.pop();
            JsonNode node = next.getValue();
            if (node.isString() && broken(node.stringValue())) {
                return Optional.of(next.getKey());
            }
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (broken(field.getKey())) {
                        return Optional.of(next.getKey().isEmpty() ? "a field name" : next.getKey());
                    }
                    todo.push(Map.entry(field.getKey(), field.getValue()));
                }
            } else if (node.isArray()) {
                node.forEach(item -> todo.push(Map.entry(next.getKey(), item)));
            }
        }
        return Optional.empty();
    }

    private static boolean broken(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
