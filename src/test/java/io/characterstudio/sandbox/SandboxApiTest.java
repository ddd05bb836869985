package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint of the contract, over raw HTTP, with exact status codes and bodies. */
class SandboxApiTest {

    private static final String UUID_V1 = "[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MutableClock clock = new MutableClock(Instant.parse("2023-11-07T02:57:59.400Z"));
    private Sandbox sandbox;
    private RawHttp http;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.inMemory(), JSON, clock);
        http = new RawHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String createRaymond() {
        return RawHttp.charId(http.post(
                "/character/create",
                "{\"charName\": \"Raymond\", \"voiceType\": \"MALE\", \"backstory\": \"Raymond Reddington is ...\"}"));
    }

    private JsonNode getById(String id) {
        HttpResponse<String> r = http.post("/character/get", "{\"charID\": \"" + id + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void listensOnLoopbackOnlyOnAPortTheOsChose() {
        assertThat(sandbox.bindAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.baseUri().toString()).isEqualTo("http://127.0.0.1:" + sandbox.port());
    }

    @Test
    void seedExamplesAnswerAsDocumented() {
        HttpResponse<String> created = http.post(
                "/character/create",
                "{\"charName\": \"Raymond\", \"voiceType\": \"MALE\", \"backstory\": \"Raymond Reddington is ...\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(created.body()).matches("\\{\"charID\": \"" + UUID_V1 + "\"\\}");
        String id = RawHttp.charId(created);

        HttpResponse<String> updated = http.post(
                "/character/update",
                "{\"charID\": \"" + id + "\", "
                        + "\"backstory\": \"Raymond Reddington is a former US Navy officer.\", \"voiceType\": \"US MALE 1\", "
                        + "\"charName\": \"Raymond Reddington\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).isEqualTo("{\"STATUS\": \"SUCCESS\"}");

        JsonNode byId = getById(id);
        assertThat(byId.get("character_name").stringValue()).isEqualTo("Raymond Reddington");
        assertThat(byId.get("voice_type").stringValue()).isEqualTo("US MALE 1");
        assertThat(byId.get("backstory").stringValue()).isEqualTo("Raymond Reddington is a former US Navy officer.");

        HttpResponse<String> byName = http.post("/character/get", "{\"charName\": \"Raymond Reddington\"}");
        assertThat(byName.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byName.body())).isEqualTo(byId);

        HttpResponse<String> cloned = http.post("/user/clone_character", "{\"charID\": \"" + id + "\"}");
        assertThat(cloned.statusCode()).isEqualTo(200);
        assertThat(cloned.body()).matches("\\{\"charID\": \"" + UUID_V1 + "\"\\}");
        assertThat(RawHttp.charId(cloned)).isNotEqualTo(id);

        HttpResponse<String> deleted = http.post("/character/delete", "{\"charID\": \"" + id + "\"}");
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"STATUS\": \"SUCCESS\"}");
        assertThat(http.post("/character/get", "{\"charID\": \"" + id + "\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void getAnswersEveryDocumentedFieldInOrder() {
        String id = createRaymond();
        JsonNode c = getById(id);
        List<String> names = new ArrayList<>(c.propertyNames());
        assertThat(names)
                .containsExactly(
                        "character_name",
                        "user_id",
                        "character_id",
                        "voice_type",
                        "timestamp",
                        "backstory",
                        "language_code",
                        "language_codes",
                        "character_actions",
                        "character_emotions",
                        "listing",
                        "memory_settings",
                        "is_narrative_driven",
                        "model_details",
                        "voice_pitch");
        assertThat(c.get("character_id").stringValue()).isEqualTo(id);
        assertThat(c.get("timestamp").stringValue()).isEqualTo("2023-11-07T02:57:59");
        assertThat(c.get("user_id").stringValue()).isNotBlank();
        assertThat(c.get("language_code").stringValue()).isEqualTo("en-US");
        assertThat(c.get("language_codes").toString()).isEqualTo("[\"en-US\"]");
        assertThat(c.get("character_actions").isArray()).isTrue();
        assertThat(c.get("character_emotions").isArray()).isTrue();
        assertThat(c.get("listing").stringValue()).isEqualTo("unlisted");
        assertThat(c.get("memory_settings").toString()).isEqualTo("{\"enabled\":false}");
        assertThat(c.get("is_narrative_driven").booleanValue()).isFalse();
        assertThat(c.get("model_details").isObject()).isTrue();
        assertThat(c.get("voice_pitch").doubleValue()).isEqualTo(0.0);
    }

    @Test
    void createStoresActionsGivenAsCommaSeparatedString() {
        String id = RawHttp.charId(http.post(
                "/character/create",
                "{\"charName\": \"Ann\", \"voiceType\": \"AriaNeural\","
                        + " \"backstory\": \"A guide.\", \"actions\": \"Wave, Nod, Follow player\"}"));
        assertThat(getById(id).get("character_actions").toString()).isEqualTo("[\"Wave\",\"Nod\",\"Follow player\"]");
    }

    @Test
    void updateChangesOnlyTheFieldsSent() {
        String id = RawHttp.charId(http.post(
                "/character/create",
                "{\"charName\": \"Ann\", \"voiceType\": \"AriaNeural\","
                        + " \"backstory\": \"A guide.\", \"actions\": \"Wave\"}"));
        http.post("/character/update", "{\"charID\": \"" + id + "\", \"backstory\": \"A tired guide.\"}");
        JsonNode c = getById(id);
        assertThat(c.get("character_name").stringValue()).isEqualTo("Ann");
        assertThat(c.get("voice_type").stringValue()).isEqualTo("AriaNeural");
        assertThat(c.get("backstory").stringValue()).isEqualTo("A tired guide.");
        assertThat(c.get("character_actions").toString()).isEqualTo("[\"Wave\"]");
        assertThat(c.get("language_codes").toString()).isEqualTo("[\"en-US\"]");
    }

    @Test
    void updateAcceptsEveryTolerantSpellingOfActionsAndLanguages() {
        String id = createRaymond();
        String prefix = "{\"charID\": \"" + id + "\", ";
        assertThat(http.post("/character/update", prefix + "\"action\": \"Wave, Nod\"}")
                        .body())
                .contains("SUCCESS");
        assertThat(getById(id).get("character_actions").toString()).isEqualTo("[\"Wave\",\"Nod\"]");
        assertThat(http.post("/character/update", prefix + "\"actions\": [\"Sit\", \" Stand \"]}")
                        .body())
                .contains("SUCCESS");
        assertThat(getById(id).get("character_actions").toString()).isEqualTo("[\"Sit\",\"Stand\"]");
        assertThat(http.post("/character/update", prefix + "\"action\": [\"Jump\"]}")
                        .body())
                .contains("SUCCESS");
        assertThat(getById(id).get("character_actions").toString()).isEqualTo("[\"Jump\"]");
        assertThat(http.post("/character/update", prefix + "\"actions\": \"Run\"}")
                        .body())
                .contains("SUCCESS");
        assertThat(getById(id).get("character_actions").toString()).isEqualTo("[\"Run\"]");

        assertThat(http.post("/character/update", prefix + "\"languageCodes\": [\"de-DE\", \"fr-FR\"]}")
                        .body())
                .contains("SUCCESS");
        JsonNode c = getById(id);
        assertThat(c.get("language_codes").toString()).isEqualTo("[\"de-DE\",\"fr-FR\"]");
        assertThat(c.get("language_code").stringValue()).isEqualTo("de-DE");

        assertThat(http.post("/character/update", prefix + "\"languageCode\": \"ja-JP\"}")
                        .body())
                .contains("SUCCESS");
        c = getById(id);
        assertThat(c.get("language_codes").toString()).isEqualTo("[\"ja-JP\"]");
        assertThat(c.get("language_code").stringValue()).isEqualTo("ja-JP");

        assertThat(http.post(
                                "/character/update",
                                prefix + "\"language_codes\": [\"es-ES\", \"en-US\", \"it-IT\", \"pt-BR\"]}")
                        .body())
                .contains("SUCCESS");
        c = getById(id);
        assertThat(c.get("language_codes").toString()).isEqualTo("[\"es-ES\",\"en-US\",\"it-IT\",\"pt-BR\"]");
        assertThat(c.get("language_code").stringValue()).isEqualTo("es-ES");
    }

    @Test
    void updateRefusesBadLanguagesAndEmptyFieldsWithoutChangingAnything() {
        String id = createRaymond();
        String prefix = "{\"charID\": \"" + id + "\", ";
        for (String bad : List.of(
                "\"languageCodes\": []",
                "\"languageCodes\": [\"en-US\", \"de-DE\", \"fr-FR\", \"it-IT\", \"ja-JP\"]",
                "\"languageCodes\": [\"xx-XX\"]",
                "\"charName\": \"\"",
                "\"voiceType\": \"  \"",
                "\"backstory\": \"" + "word ".repeat(1001) + "\"")) {
            HttpResponse<String> r = http.post("/character/update", prefix + bad + "}");
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).propertyNames()).as(bad).containsExactly("ERROR");
        }
        JsonNode c = getById(id);
        assertThat(c.get("character_name").stringValue()).isEqualTo("Raymond");
        assertThat(c.get("language_codes").toString()).isEqualTo("[\"en-US\"]");
    }

    @Test
    void getByNameReturnsTheMostRecentlyCreatedOfThatName() {
        String first = createRaymond();
        clock.advance(Duration.ofSeconds(5));
        String second = createRaymond();
        assertThat(first).isNotEqualTo(second);
        JsonNode found = JSON.readTree(
                http.post("/character/get", "{\"charName\": \"Raymond\"}").body());
        assertThat(found.get("character_id").stringValue()).isEqualTo(second);
    }

    @Test
    void idsPastedWithSurroundingWhiteSpaceStillFindTheCharacter() {
        String id = createRaymond();
        HttpResponse<String> r = http.post("/character/get", "{\"charID\": \"  " + id + "\\n\"}");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void listAnswersAnObjectWithEveryCharacterWithoutBackstory() {
        String a = createRaymond();
        clock.advance(Duration.ofMinutes(1));
        String b = createRaymond();
        HttpResponse<String> r = http.post("/character/list", "");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.propertyNames()).containsExactly("characters");
        List<String> ids = new ArrayList<>();
        for (JsonNode item : body.get("characters")) {
            ids.add(item.get("character_id").stringValue());
            assertThat(item.has("backstory")).isFalse();
            assertThat(item.get("last_interacted_with").isString()).isTrue();
            assertThat(item.get("character_name").stringValue()).isEqualTo("Raymond");
        }
        assertThat(ids).containsExactly(b, a);
        assertThat(http.post("/character/list", "{}").body()).isEqualTo(r.body());
    }

    @Test
    void cloneCopiesEveryFieldWithANewIdAndTimestamp() {
        String id = RawHttp.charId(http.post(
                "/character/create",
                "{\"charName\": \"Ann\", \"voiceType\": \"AriaNeural\","
                        + " \"backstory\": \"A guide.\", \"actions\": \"Wave, Nod\"}"));
        http.post("/character/update", "{\"charID\": \"" + id + "\", \"languageCodes\": [\"fr-FR\", \"en-US\"]}");
        clock.advance(Duration.ofHours(2));
        HttpResponse<String> cloned = http.post("/user/clone_character", "{\"charID\": \"" + id + "\", \"KB\": true}");
        assertThat(cloned.statusCode()).isEqualTo(200);
        JsonNode original = getById(id);
        JsonNode copy = getById(RawHttp.charId(cloned));
        assertThat(copy.get("character_id").stringValue()).isNotEqualTo(id);
        assertThat(copy.get("timestamp").stringValue()).isEqualTo("2023-11-07T04:57:59");
        assertThat(original.get("timestamp").stringValue()).isEqualTo("2023-11-07T02:57:59");
        for (String field : List.of(
                "character_name",
                "voice_type",
                "backstory",
                "language_code",
                "language_codes",
                "character_actions",
                "user_id")) {
            assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(http.post("/user/clone_character", "{\"charID\": \"" + id + "\", \"KB\": false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.post("/user/clone_character", "{\"charID\": \"" + id + "\", \"KB\": \"true\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(sandbox.characterCount()).isEqualTo(4);
    }

    @Test
    void cloneWithANonBooleanKnowledgeBankFlagIsAWrongType() {
        String id = createRaymond();
        HttpResponse<String> r = http.post("/user/clone_character", "{\"charID\": \"" + id + "\", \"KB\": 3}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("{\"ERROR\": \"Field 'KB' must be a boolean.\"}");
    }

    @Test
    void voicesAnswerTheCatalogueInItsExactShape() throws Exception {
        HttpResponse<String> r = http.get("/tts/get_available_voices");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode voices = JSON.readTree(r.body());
        assertThat(voices).isEqualTo(catalogue("voices.json"));
        int count = 0;
        for (JsonNode section : voices) {
            count += section.size();
        }
        assertThat(voices.size()).isEqualTo(6);
        assertThat(count).isEqualTo(384);
    }

    @Test
    void languagesAnswerTheCatalogueInItsExactShape() throws Exception {
        HttpResponse<String> r = http.get("/tts/get_available_languages");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode languages = JSON.readTree(r.body());
        assertThat(languages).isEqualTo(catalogue("languages.json"));
        assertThat(languages.isArray()).isTrue();
        assertThat(languages.size()).isEqualTo(24);
        assertThat(languages.get(0).toString())
                .isEqualTo("{\"en-US\":{\"lang_code\":\"en-US\",\"lang_name\":\"English\"}}");
    }

    @Test
    void unknownPathsAndWrongMethodsAnswerJsonErrors() {
        HttpResponse<String> missing = http.post("/character/nothing", "{}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"ERROR\": \"No such endpoint: /character/nothing\"}");
        HttpResponse<String> wrongMethod = http.get("/character/create");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(wrongMethod.body()).startsWith("{\"ERROR\": ");
    }

    private static JsonNode catalogue(String name) throws Exception {
        try (InputStream in = Sandbox.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }
}
