package io.characterstudio.sandbox;

import io.characterstudio.model.Language;
import io.characterstudio.model.WordCount;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The character endpoints of the contract, independent of HTTP: each takes the parsed request
 * body and returns the answer's JSON, or throws {@link ApiError} with the documented status and
 * body. The contract is {@code docs/convai-api.md}.
 */
final class CharacterApi {

    static final String DEFAULT_LANGUAGE = Language.DEFAULT_CODE;
    private static final int MAX_LANGUAGES = 4;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final CharacterStore store;
    private final Catalog catalog;
    private final WireJson json;
    private final Clock clock;
    private final TimeUuid ids;
    private final String userId;

    CharacterApi(CharacterStore store, Catalog catalog, WireJson json, Clock clock, String userId) {
        this.store = store;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
        this.ids = new TimeUuid(clock);
        this.userId = userId;
    }

    /** {@code POST /character/create}: 201 {@code {"charID": ...}}. */
    JsonNode create(JsonNode body) throws SQLException {
        RequestFields f = RequestFields.of(body);
        String name = f.string("charName");
        String voice = f.string("voiceType");
        String backstory = f.string("backstory");
        List<String> actions = f.list("actions", "action");
        if (isBlank(name)
                || isBlank(voice)
                || isBlank(backstory)
                || WordCount.of(backstory) > WordCount.BACKSTORY_WORD_LIMIT) {
            throw ApiError.createFailed();
        }
        String now = now();
        StoredCharacter created = new StoredCharacter(
                ids.next(),
                name,
                voice,
                backstory,
                List.of(DEFAULT_LANGUAGE),
                actions == null ? List.of() : actions,
                List.of(),
                now,
                now,
                null,
                false);
        store.insert(created);
        return idAnswer(created.id());
    }

    /** {@code POST /character/update}: only the fields sent change; {@code {"STATUS": "SUCCESS"}}. */
    JsonNode update(JsonNode body) throws SQLException {
        RequestFields f = RequestFields.of(body);
        String id = f.requiredId("charID");
        CharacterChanges changes = new CharacterChanges(
                nonBlankIfSent(f, "charName"),
                nonBlankIfSent(f, "voiceType"),
                backstoryIfSent(f),
                f.list("action", "actions"),
                languagesIfSent(f));
        String now = now();
        if (store.update(id, c -> changes.applyTo(c, now)).isEmpty()) {
            throw ApiError.unknownCharacter();
        }
        return success();
    }

    /** {@code POST /character/get} by {@code charID}, or by {@code charName} (the newest of that name). */
    JsonNode get(JsonNode body) throws SQLException {
        RequestFields f = RequestFields.of(body);
        String id = f.id("charID");
        String name = f.string("charName");
        Optional<StoredCharacter> found;
        if (!isBlank(id)) {
            found = store.find(id);
        } else if (!isBlank(name)) {
            found = store.findLatestByName(name.strip());
        } else {
            throw ApiError.badRequest("Field 'charID' or 'charName' is required.");
        }
        return details(found.orElseThrow(ApiError::getFailed), true);
    }

    /** {@code POST /character/list}: every character, without backstories. */
    JsonNode list() throws SQLException {
        ObjectNode answer = json.object();
        ArrayNode characters = answer.putArray("characters");
        for (StoredCharacter c : store.list()) {
            ObjectNode item = details(c, false);
            item.put("last_interacted_with", c.lastInteractedWith());
            characters.add(item);
        }
        return answer;
    }

    /** {@code POST /user/clone_character}: 200 {@code {"charID": <copy>}}. */
    JsonNode cloneCharacter(JsonNode body) throws SQLException {
        RequestFields f = RequestFields.of(body);
        String id = f.requiredId("charID");
        boolean withKnowledgeBank = f.flag("KB", false);
        StoredCharacter original = store.find(id).orElseThrow(ApiError::unknownCharacter);
        StoredCharacter copy = original.cloneAs(ids.next(), now(), withKnowledgeBank);
        store.insert(copy);
        return idAnswer(copy.id());
    }

    /** {@code POST /character/delete}: {@code {"STATUS": "SUCCESS"}}. */
    JsonNode delete(JsonNode body) throws SQLException {
        RequestFields f = RequestFields.of(body);
        String id = f.requiredId("charID");
        if (!store.delete(id)) {
            throw ApiError.unknownCharacter();
        }
        return success();
    }

    private ObjectNode details(StoredCharacter c, boolean withBackstory) {
        ObjectNode node = json.object();
        node.put("character_name", c.name());
        node.put("user_id", userId);
        node.put("character_id", c.id());
        node.put("voice_type", c.voiceType());
        node.put("timestamp", c.timestamp());
        if (withBackstory) {
            node.put("backstory", c.backstory());
        }
        node.put(
                "language_code",
                c.languageCodes().isEmpty()
                        ? DEFAULT_LANGUAGE
                        : c.languageCodes().get(0));
        c.languageCodes().forEach(node.putArray("language_codes")::add);
        c.actions().forEach(node.putArray("character_actions")::add);
        c.emotions().forEach(node.putArray("character_emotions")::add);
        node.put("listing", "unlisted");
        node.putObject("memory_settings").put("enabled", false);
        node.put("is_narrative_driven", false);
        ObjectNode model = node.putObject("model_details");
        model.put("modelType", "Default");
        model.put("temperature", 0.7);
        node.put("voice_pitch", 0.0);
        return node;
    }

    private String nonBlankIfSent(RequestFields f, String field) {
        String value = f.string(field);
        if (value != null && value.isBlank()) {
            throw ApiError.badRequest("Field '" + field + "' must not be empty.");
        }
        return value;
    }

    private String backstoryIfSent(RequestFields f) {
        String backstory = nonBlankIfSent(f, "backstory");
        if (backstory != null && WordCount.of(backstory) > WordCount.BACKSTORY_WORD_LIMIT) {
            throw ApiError.badRequest("The backstory is longer than " + WordCount.BACKSTORY_WORD_LIMIT + " words.");
        }
        return backstory;
    }

    private List<String> languagesIfSent(RequestFields f) {
        List<String> codes = f.list("languageCodes", "languageCode", "language_codes");
        if (codes == null) {
            return null;
        }
        if (codes.isEmpty() || codes.size() > MAX_LANGUAGES) {
            throw ApiError.badRequest("A character speaks 1 to " + MAX_LANGUAGES + " languages.");
        }
        for (String code : codes) {
            if (!catalog.isLanguage(code)) {
                throw ApiError.badRequest("Unsupported language code: " + code);
            }
        }
        return codes;
    }

    private ObjectNode idAnswer(String id) {
        ObjectNode node = json.object();
        node.put("charID", id);
        return node;
    }

    private ObjectNode success() {
        ObjectNode node = json.object();
        node.put("STATUS", "SUCCESS");
        return node;
    }

    private String now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC))
                .truncatedTo(ChronoUnit.SECONDS)
                .format(TIMESTAMP);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
