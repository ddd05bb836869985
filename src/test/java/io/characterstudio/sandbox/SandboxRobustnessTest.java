package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hundreds of malformed requests: never a 5xx, always a JSON error, and the server keeps answering. */
class SandboxRobustnessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PATHS = List.of(
            "/character/create",
            "/character/update",
            "/character/get",
            "/user/clone_character",
            "/character/delete",
            "/character/list");
    private static final List<String> FIELDS = List.of(
            "charID",
            "charName",
            "voiceType",
            "backstory",
            "actions",
            "action",
            "languageCodes",
            "languageCode",
            "language_codes",
            "KB");

    @Test
    void randomMalformedRequestsNeverCauseA5xxOrAStackTrace() throws Exception {
        Random random = new Random(20261126L);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.inMemory())) {
            RawHttp http = new RawHttp(sandbox);
            String known = RawHttp.charId(http.post(
                    "/character/create", "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"b\"}"));
            for (int i = 0; i < 400; i++) {
                String path = PATHS.get(random.nextInt(PATHS.size()));
                byte[] body = randomBody(random, known);
                HttpResponse<String> r = http.postBytes(path, body);
                String what = path + " <- " + new String(body, StandardCharsets.UTF_8);
                assertThat(r.statusCode()).as(what).isLessThan(500);
                JsonNode answer = JSON.readTree(r.body());
                assertThat(answer.isObject()).as(what).isTrue();
                assertThat(r.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
                if (r.statusCode() >= 400) {
                    assertThat(answer.size()).as(what).isEqualTo(1);
                    assertThat(answer.propertyNames().iterator().next())
                            .as(what)
                            .isIn("ERROR", "INTERNAL_ERROR", "API_ERROR");
                }
            }
            HttpResponse<String> created = http.post(
                    "/character/create",
                    "{\"charName\": \"Still here\", \"voiceType\": \"MALE\", \"backstory\": \"b\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(http.post("/character/get", "{\"charID\": \"" + RawHttp.charId(created) + "\"}")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static byte[] randomBody(Random random, String knownId) {
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                return ("{\"" + FIELDS.get(random.nextInt(FIELDS.size())) + "\": ").getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                return "[".repeat(2000 + random.nextInt(3000)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                StringBuilder json = new StringBuilder("{");
                int fields = random.nextInt(5);
                for (int f = 0; f < fields; f++) {
                    if (f > 0) {
                        json.append(", ");
                    }
                    json.append('"')
                            .append(FIELDS.get(random.nextInt(FIELDS.size())))
                            .append("\": ")
                            .append(randomValue(random, knownId));
                }
                return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static String randomValue(Random random, String knownId) {
        return switch (random.nextInt(10)) {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> "true";
            case 2 -> "null";
            case 3 -> "[1, \"a\", null]";
            case 4 -> "{\"nested\": {\"deeper\": []}}";
            case 5 -> "\"" + "long ".repeat(random.nextInt(60_000)) + "\"";
            case 6 -> "\"\\u0000\\ud83d\\ude00 ünïcödé 名前 \\\"quoted\\\"\"";
            case 7 -> "\"" + knownId + "\"";
            case 8 -> "\"\"";
            default -> "1e309";
        };
    }
}
