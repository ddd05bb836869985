package io.characterstudio.convai;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.model.Language;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.VoiceOption;
import java.net.http.HttpClient;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Convai character API, blocking, as {@code docs/convai-api.md} describes it (endpoints,
 * fields, answers, errors and limits). Reads retry transient failures; create and clone never
 * retry (a retried create makes a duplicate); update and delete retry only when the caller asks,
 * and succeed only on the answer {@code {"STATUS": "SUCCESS"}}. Every failure is a {@link ConvaiException}.
 */
public final class ConvaiClient {

    private final ConvaiSettings settings;
    private final JsonMapper mapper;
    private final ConvaiHttp http;

    /** A client with its own HTTP client (replaced by a new one after a failure with no answer). */
    public ConvaiClient(ConvaiSettings settings, JsonMapper mapper) {
        this(settings, mapper, BoundedExchange.DEFAULT_MAX_BODY_BYTES);
    }

    /** As {@link #ConvaiClient(ConvaiSettings, JsonMapper)}, reading answers of at most {@code maxBodyBytes}. */
    ConvaiClient(ConvaiSettings settings, JsonMapper mapper, long maxBodyBytes) {
        this.settings = settings;
        this.mapper = mapper;
        this.http = new ConvaiHttp(
                settings,
                mapper,
                () -> HttpClient.newBuilder()
                        .connectTimeout(settings.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                Sleeper.REAL,
                maxBodyBytes);
    }

    /**
     * A client over the given HTTP client (always the same one), for tests. It must not follow
     * redirects: a followed redirect would take the key to another host.
     */
    public ConvaiClient(ConvaiSettings settings, JsonMapper mapper, HttpClient httpClient, Sleeper sleeper) {
        if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("The HTTP client must not follow redirects");
        }
        this.settings = settings;
        this.mapper = mapper;
        this.http = new ConvaiHttp(settings, mapper, () -> httpClient, sleeper, BoundedExchange.DEFAULT_MAX_BODY_BYTES);
    }

    public ConvaiSettings settings() {
        return settings;
    }

    /** Creates a character (name, voice, backstory, actions; it speaks en-US) and returns its ID. */
    public String create(CharacterFields fields) {
        ObjectNode body = mapper.createObjectNode();
        body.put("charName", fields.name());
        body.put("voiceType", fields.voiceType());
        body.put("backstory", fields.backstory());
        if (!fields.actions().isEmpty()) {
            body.put("actions", String.join(", ", fields.actions()));
        }
        return ConvaiResponses.charId(http.post("/character/create", body, false, false));
    }

    /** Sends only the fields the update names. {@code retry}: the user asked to retry on failure. */
    public void update(String id, CharacterUpdate update, boolean retry) {
        ObjectNode body = idBody(id);
        if (update.name() != null) {
            body.put("charName", update.name());
        }
        if (update.backstory() != null) {
            body.put("backstory", update.backstory());
        }
        if (update.voiceType() != null) {
            body.put("voiceType", update.voiceType());
        }
        if (update.actions() != null) {
            body.put("action", String.join(", ", update.actions()));
        }
        if (update.languageCodes() != null) {
            update.languageCodes().forEach(body.putArray("languageCodes")::add);
        }
        ConvaiResponses.success(http.post("/character/update", body, retry, true));
    }

    public ServerCharacter get(String id) {
        String trimmed = trimId(id);
        return ConvaiResponses.character(http.post("/character/get", idBody(trimmed), true, true), trimmed);
    }

    /** The character of that name (the most recently created, when several share it). */
    public ServerCharacter getByName(String name) {
        ObjectNode body = mapper.createObjectNode();
        body.put("charName", name.strip());
        return ConvaiResponses.character(http.post("/character/get", body, true, true), "");
    }

    public List<CharacterSummary> list() {
        return ConvaiResponses.summaries(http.post("/character/list", mapper.createObjectNode(), true, false));
    }

    /** Clones a character, with its knowledge bank when asked, and returns the copy's ID. */
    public String cloneCharacter(String id, boolean withKnowledgeBank) {
        ObjectNode body = idBody(id);
        body.put("KB", withKnowledgeBank);
        return ConvaiResponses.charId(http.post("/user/clone_character", body, false, true));
    }

    /** Deletes a character. {@code retry}: the user asked to retry on failure. */
    public void delete(String id, boolean retry) {
        ConvaiResponses.success(http.post("/character/delete", idBody(id), retry, true));
    }

    public List<VoiceOption> voices() {
        return ConvaiResponses.voices(http.get("/tts/get_available_voices"));
    }

    public List<Language> languages() {
        return ConvaiResponses.languagesList(http.get("/tts/get_available_languages"));
    }

    private ObjectNode idBody(String id) {
        ObjectNode body = mapper.createObjectNode();
        body.put("charID", trimId(id));
        return body;
    }

    /** IDs are opaque, but users paste them with spaces and line breaks around them. */
    static String trimId(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A character ID is required");
        }
        return trimmed;
    }
}
