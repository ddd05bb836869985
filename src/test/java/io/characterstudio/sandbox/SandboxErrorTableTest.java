package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every row of the contract's error table, with the exact status and body. */
class SandboxErrorTableTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNKNOWN = "7bd3274c-1745-11ee-a3af-42010a400002";
    private static final String CREATE_FAILED = "{\"INTERNAL_ERROR\": \"Error in creating the character. Check if all"
            + " the input data is valid. Contact support for more info.\"}";
    private static final String NOT_IN_TABLE =
            "{\"ERROR\": \"Could not fetch character details from all_characters table.\"}";

    private Sandbox sandbox;
    private RawHttp http;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.inMemory().withApiKey("right-key"));
        http = new RawHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/character/create",
                "/character/update",
                "/character/get",
                "/user/clone_character",
                "/character/delete"
            })
    void characterEndpointsWithoutKeyAnswer401ApiKeyNotFound(String path) {
        HttpResponse<String> r = http.postWithKey(path, "{\"charID\": \"" + UNKNOWN + "\"}", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).isEqualTo("{\"API_ERROR\": \"api_key not found.\"}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/character/create",
                "/character/update",
                "/character/get",
                "/user/clone_character",
                "/character/delete"
            })
    void characterEndpointsWithWrongKeyAnswer401InvalidKey(String path) {
        HttpResponse<String> r = http.postWithKey(path, "{\"charID\": \"" + UNKNOWN + "\"}", "wrong-key");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).isEqualTo("{\"API_ERROR\": \"Invalid API key provided.\"}");
    }

    @Test
    void listVoicesAndLanguagesUseTheirOwnKeyErrors() {
        for (String path : List.of("/tts/get_available_voices", "/tts/get_available_languages")) {
            HttpResponse<String> missing = http.getWithKey(path, null);
            assertThat(missing.statusCode()).as(path).isEqualTo(400);
            assertThat(missing.body()).isEqualTo("{\"API_ERROR\": \"API Key not found\"}");
            HttpResponse<String> wrong = http.getWithKey(path, "wrong-key");
            assertThat(wrong.statusCode()).as(path).isEqualTo(401);
            assertThat(wrong.body()).isEqualTo("{\"API_ERROR\": \"Invalid API Key provided\"}");
        }
        HttpResponse<String> missing = http.postWithKey("/character/list", "{}", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("{\"API_ERROR\": \"API Key not found\"}");
        HttpResponse<String> wrong = http.postWithKey("/character/list", "{}", "wrong-key");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"API_ERROR\": \"Invalid API Key provided\"}");
    }

    @Test
    void keyHeaderNameIsCaseInsensitive() {
        HttpResponse<String> r = http.send(http.request("/character/list")
                .header("convai-api-key", "right-key")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"voiceType\": \"MALE\", \"backstory\": \"b\"}",
                "{\"charName\": \"Ann\", \"backstory\": \"b\"}",
                "{\"charName\": \"Ann\", \"voiceType\": \"MALE\"}",
                "{\"charName\": \"\", \"voiceType\": \"MALE\", \"backstory\": \"b\"}",
                "{\"charName\": \"Ann\", \"voiceType\": \" \", \"backstory\": \"b\"}",
                "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"\"}",
                "{\"charName\": null, \"voiceType\": \"MALE\", \"backstory\": \"b\"}",
                "{}"
            })
    void createWithAMissingOrEmptyFieldAnswersInternalError(String body) {
        HttpResponse<String> r = http.post("/character/create", body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(CREATE_FAILED);
        assertThat(sandbox.characterCount()).isZero();
    }

    @Test
    void createAcceptsExactly1000WordsAndRefuses1001() {
        String ok = "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"" + "word ".repeat(1000) + "\"}";
        assertThat(http.post("/character/create", ok).statusCode()).isEqualTo(201);
        String tooLong =
                "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"" + "word ".repeat(1001) + "\"}";
        HttpResponse<String> r = http.post("/character/create", tooLong);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(CREATE_FAILED);
        assertThat(sandbox.characterCount()).isEqualTo(1);
    }

    @Test
    void updateOfAnUnknownCharacterAnswersTheAllCharactersTableError() {
        HttpResponse<String> r =
                http.post("/character/update", "{\"charID\": \"" + UNKNOWN + "\", \"charName\": \"X\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(NOT_IN_TABLE);
    }

    @Test
    void getOfAnUnknownIdOrNameAnswersTheDatabaseCallsError() {
        String expected = "{\"ERROR\": \"INTERNAL SERVER ERROR, one or more database calls failed!\"}";
        HttpResponse<String> byId = http.post("/character/get", "{\"charID\": \"" + UNKNOWN + "\"}");
        assertThat(byId.statusCode()).isEqualTo(400);
        assertThat(byId.body()).isEqualTo(expected);
        HttpResponse<String> byName = http.post("/character/get", "{\"charName\": \"Nobody\"}");
        assertThat(byName.statusCode()).isEqualTo(400);
        assertThat(byName.body()).isEqualTo(expected);
    }

    @Test
    void cloneAndDeleteOfAnUnknownCharacterAnswerTheAllCharactersTableError() {
        for (String path : List.of("/user/clone_character", "/character/delete")) {
            HttpResponse<String> r = http.post(path, "{\"charID\": \"" + UNKNOWN + "\"}");
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).isEqualTo(NOT_IN_TABLE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"charName\": ", "", "<html></html>", "{\"a\": 1}}"})
    void aBodyThatIsNotJsonAnswers400Error(String body) {
        HttpResponse<String> r = http.post("/character/create", body);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode node = JSON.readTree(r.body());
        assertThat(node.propertyNames()).containsExactly("ERROR");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"charName\": 5, \"voiceType\": \"MALE\", \"backstory\": \"b\"}",
                "{\"charName\": \"Ann\", \"voiceType\": [\"MALE\"], \"backstory\": \"b\"}",
                "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": {\"text\": \"b\"}}",
                "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"b\", \"actions\": 7}",
                "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"b\", \"actions\": [1, 2]}",
                "[\"charName\", \"Ann\"]",
                "\"just a string\""
            })
    void aFieldOfTheWrongTypeAnswers400Error(String body) {
        HttpResponse<String> r = http.post("/character/create", body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).propertyNames()).containsExactly("ERROR");
        assertThat(sandbox.characterCount()).isZero();
    }

    @Test
    void aBodyOverOneMegabyteAnswers413() {
        String huge =
                "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"" + "x".repeat(1024 * 1024) + "\"}";
        HttpResponse<String> r = http.post("/character/create", huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).isEqualTo("{\"ERROR\": \"The request body is larger than 1 MB.\"}");
        assertThat(http.post("/character/list", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnexpectedFailureAnswers500WithAReferenceIdAndLogsIt() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(SandboxHttpHandler.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (Sandbox broken = Sandbox.start(SandboxConfig.inMemory().withApiKey("k"), JSON, Clock.systemUTC())) {
            broken.store().close();
            HttpResponse<String> r = new RawHttp(broken.baseUri(), "k").post("/character/get", "{\"charID\": \"x\"}");
            assertThat(r.statusCode()).isEqualTo(500);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.propertyNames()).containsExactly("ERROR", "Reference ID");
            String reference = body.get("Reference ID").stringValue();
            assertThat(reference).matches("[0-9a-f-]{36}");
            assertThat(r.body()).doesNotContain("SQLException").doesNotContain("at io.");
            assertThat(appender.list)
                    .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(reference));
        } finally {
            logger.detachAppender(appender);
        }
    }
}
