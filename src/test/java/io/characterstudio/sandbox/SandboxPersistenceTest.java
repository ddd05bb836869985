package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A sandbox with a data folder keeps its characters, key and account across restarts. */
class SandboxPersistenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void charactersKeyAndUserSurviveARestart() throws Exception {
        String id;
        String key;
        JsonNode before;
        try (Sandbox first = Sandbox.start(SandboxConfig.persistent(dataDir))) {
            RawHttp http = new RawHttp(first);
            id = RawHttp.charId(http.post(
                    "/character/create",
                    "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"Keeps the lighthouse.\"}"));
            http.post(
                    "/character/update",
                    "{\"charID\": \"" + id + "\", \"languageCodes\": [\"fr-FR\"], \"action\": \"Wave\"}");
            before = JSON.readTree(
                    http.post("/character/get", "{\"charID\": \"" + id + "\"}").body());
            key = first.apiKey();
        }
        try (Sandbox second = Sandbox.start(SandboxConfig.persistent(dataDir))) {
            assertThat(second.apiKey()).isEqualTo(key);
            RawHttp http = new RawHttp(second);
            JsonNode after = JSON.readTree(
                    http.post("/character/get", "{\"charID\": \"" + id + "\"}").body());
            assertThat(after).isEqualTo(before);
            assertThat(second.characterCount()).isEqualTo(1);
        }
    }

    @Test
    void firstStartGeneratesAKeyReadableByTheOwnerOnly() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.persistent(dataDir))) {
            Path keyFile = dataDir.resolve(ApiKeys.KEY_FILE);
            assertThat(Files.readString(keyFile).strip())
                    .isEqualTo(sandbox.apiKey())
                    .matches("[0-9a-f]{32}");
            assumeThat(dataDir.getFileSystem().supportedFileAttributeViews()).contains("posix");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aKeyGivenAtStartReplacesTheStoredOneForThatRun() throws Exception {
        String stored;
        try (Sandbox first = Sandbox.start(SandboxConfig.persistent(dataDir))) {
            stored = first.apiKey();
        }
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.persistent(dataDir).withApiKey("  given-key "))) {
            assertThat(sandbox.apiKey()).isEqualTo("given-key");
            RawHttp http = new RawHttp(sandbox);
            assertThat(http.post("/character/list", "{}").statusCode()).isEqualTo(200);
            assertThat(http.postWithKey("/character/list", "{}", "other").statusCode())
                    .isEqualTo(401);
            assertThat(http.postWithKey("/character/list", "{}", stored).statusCode())
                    .isEqualTo(401);
        }
        assertThat(Files.readString(dataDir.resolve(ApiKeys.KEY_FILE)).strip()).isEqualTo(stored);
    }

    @Test
    void inMemorySandboxesForgetEverythingAndWriteNoFile() throws Exception {
        String id;
        try (Sandbox first = Sandbox.start(SandboxConfig.inMemory())) {
            id = RawHttp.charId(new RawHttp(first)
                    .post(
                            "/character/create",
                            "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"b\"}"));
        }
        try (Sandbox second = Sandbox.start(SandboxConfig.inMemory())) {
            assertThat(new RawHttp(second)
                            .post("/character/get", "{\"charID\": \"" + id + "\"}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(second.dataDir()).isEmpty();
        }
    }
}
