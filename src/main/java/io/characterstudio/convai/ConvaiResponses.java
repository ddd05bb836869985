package io.characterstudio.convai;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.model.Language;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.VoiceOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the API's answers into model records. Unknown fields are ignored, missing optional
 * fields get defaults, and an answer without what it must carry is an unreadable response.
 */
final class ConvaiResponses {

    static final String DEFAULT_LANGUAGE = Language.DEFAULT_CODE;
    private static final String SUCCESS = "SUCCESS";

    private ConvaiResponses() {}

    static String charId(JsonNode body) {
        String id = string(body, "charID");
        if (id.isBlank()) {
            throw unreadable("The server's answer has no character ID.");
        }
        return id.strip();
    }

    /**
     * Checks the {@code {"STATUS": "SUCCESS"}} that update and delete answer with: any other
     * answer (even a 200 without an error key) is an unreadable response, since the change may
     * not have happened.
     */
    static void success(JsonNode body) {
        if (!body.isObject() || !SUCCESS.equals(string(body, "STATUS"))) {
            throw unreadable("The server's answer does not say \"STATUS\": \"SUCCESS\"; the change may not have"
                    + " been made. Reload the character to see what the server has.");
        }
    }

    static ServerCharacter character(JsonNode c, String fallbackId) {
        if (!c.isObject()) {
            throw unreadable("The server's answer is not a character.");
        }
        String id = string(c, "character_id");
        CharacterFields fields = new CharacterFields(
                string(c, "character_name"),
                string(c, "voice_type"),
                string(c, "backstory"),
                stringList(c.get("character_actions")),
                languages(c));
        return new ServerCharacter(
                id.isBlank() ? fallbackId : id, fields, string(c, "timestamp"), string(c, "user_id"));
    }

    static List<CharacterSummary> summaries(JsonNode body) {
        JsonNode items = body.isArray() ? body : body.get("characters");
        if (items == null || !items.isArray()) {
            throw unreadable("The server's character list has no \"characters\".");
        }
        List<CharacterSummary> result = new ArrayList<>();
        for (JsonNode c : items) {
            String id = string(c, "character_id");
            if (!c.isObject() || id.isBlank()) {
                continue;
            }
            result.add(new CharacterSummary(
                    id,
                    string(c, "character_name"),
                    string(c, "voice_type"),
                    languages(c),
                    stringList(c.get("character_actions")),
                    string(c, "timestamp"),
                    string(c, "last_interacted_with")));
        }
        return result;
    }

    static List<VoiceOption> voices(JsonNode body) {
        if (!body.isObject()) {
            throw unreadable("The server's voice list is not an object of sections.");
        }
        List<VoiceOption> voices = new ArrayList<>();
        for (Map.Entry<String, JsonNode> section : body.properties()) {
            if (!section.getValue().isArray()) {
                continue;
            }
            for (JsonNode entry : section.getValue()) {
                if (!entry.isObject()) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> voice : entry.properties()) {
                    JsonNode d = voice.getValue();
                    String value = string(d, "voice_value");
                    if (!value.isBlank()) {
                        voices.add(new VoiceOption(
                                section.getKey(),
                                voice.getKey(),
                                value,
                                stringList(d.get("lang_codes")),
                                string(d, "gender")));
                    }
                }
            }
        }
        return voices;
    }

    static List<Language> languagesList(JsonNode body) {
        if (!body.isArray()) {
            throw unreadable("The server's language list is not a list.");
        }
        List<Language> languages = new ArrayList<>();
        for (JsonNode entry : body) {
            if (!entry.isObject()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> language : entry.properties()) {
                String code = string(language.getValue(), "lang_code");
                languages.add(new Language(
                        code.isBlank() ? language.getKey() : code, string(language.getValue(), "lang_name")));
            }
        }
        return languages;
    }

    private static List<String> languages(JsonNode c) {
        List<String> codes = stringList(c.get("language_codes"));
        if (codes.isEmpty()) {
            String single = string(c, "language_code");
            codes = single.isBlank() ? List.of(DEFAULT_LANGUAGE) : List.of(single);
        }
        return codes;
    }

    /** A list of strings, or a comma-separated string, as the server may send either. */
    private static List<String> stringList(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isString()) {
            return Arrays.stream(node.stringValue().split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isString() && !item.stringValue().isBlank()) {
                    values.add(item.stringValue());
                }
            }
        }
        return values;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return "";
        }
        return value.isString() ? value.stringValue() : value.asString();
    }

    private static ConvaiException unreadable(String message) {
        return ConvaiException.of(ConvaiException.Kind.UNREADABLE_RESPONSE, message, 200);
    }
}
