package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code docs/convai-api.md} from falling behind the code: every path the sandbox routes is
 * in it with its method, its endpoint table lists exactly the API paths routed, the error bodies
 * of the contract are quoted as the sandbox sends them, and the README and the Javadocs that
 * describe the contract point at it. Nothing points outside the repository.
 */
class ContractDocTest {

    private static final Path DOC = Path.of("docs/convai-api.md");
    /** A row of the endpoint table: {@code | `POST /character/create` | ...}. */
    private static final Pattern ENDPOINT_ROW = Pattern.compile("(?m)^\\| `(GET|POST) (/[^`]*)` \\|");

    @Test
    void everyRoutedPathIsDocumentedWithItsMethod() throws Exception {
        String doc = Files.readString(DOC);
        for (Map.Entry<String, String> route : routedMethods().entrySet()) {
            assertThat(doc)
                    .as("docs/convai-api.md names %s %s", route.getValue(), route.getKey())
                    .contains("`" + route.getValue() + " " + route.getKey() + "`");
        }
    }

    @Test
    void theEndpointTableListsExactlyTheApiPathsTheSandboxRoutes() throws Exception {
        Map<String, String> table = new TreeMap<>();
        Matcher row = ENDPOINT_ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            table.put(row.group(2), row.group(1));
        }
        Map<String, String> api = new TreeMap<>(routedMethods());
        api.remove(FaultAdmin.PATH);
        assertThat(table).isEqualTo(api);
    }

    @Test
    void theErrorBodiesAreQuotedAsTheSandboxSendsThem() throws Exception {
        String doc = Files.readString(DOC);
        assertThat(doc)
                .contains(SandboxHttpHandler.KEY_HEADER)
                .contains("{\"INTERNAL_ERROR\": \"" + ApiError.CREATE_FAILED + "\"}")
                .contains("{\"ERROR\": \"" + ApiError.UNKNOWN_CHARACTER + "\"}")
                .contains("{\"ERROR\": \"" + ApiError.GET_FAILED + "\"}")
                .contains(ApiKeys.KEY_FILE);
    }

    @Test
    void theReadmeAndTheContractJavadocsPointAtTheDocument() throws Exception {
        Set<String> sources = new TreeSet<>(List.of(
                "README.md",
                "src/main/java/io/characterstudio/convai/ConvaiClient.java",
                "src/main/java/io/characterstudio/convai/ConvaiHttp.java",
                "src/main/java/io/characterstudio/sandbox/Sandbox.java",
                "src/main/java/io/characterstudio/sandbox/CharacterApi.java",
                "src/main/java/io/characterstudio/sandbox/Catalog.java",
                "src/main/java/io/characterstudio/sandbox/ApiError.java"));
        for (String source : sources) {
            assertThat(Files.readString(Path.of(source))).as(source).contains("docs/convai-api.md");
        }
    }

    @Test
    void theDocumentPointsAtNothingOutsideTheRepository() throws Exception {
        String doc = Files.readString(DOC);
        assertThat(doc).doesNotContain("../").doesNotContain("shared/");
        for (String resource : List.of("voices.json", "languages.json")) {
            assertThat(doc).contains("src/main/resources/io/characterstudio/sandbox/" + resource);
            assertThat(Path.of("src/main/resources/io/characterstudio/sandbox", resource))
                    .isRegularFile();
        }
    }

    private static Map<String, String> routedMethods() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        WireJson json = new WireJson(mapper);
        Catalog catalog = Catalog.load(json);
        try (CharacterStore store = CharacterStore.inMemory(mapper)) {
            CharacterApi api = new CharacterApi(store, catalog, json, Clock.systemUTC(), "user");
            return new SandboxHttpHandler(
                            api,
                            catalog,
                            ApiKeys.of(List.of("key")),
                            new FaultInjector(FaultSettings.NONE, 1L),
                            json,
                            RequestLimits.DEFAULT)
                    .routedMethods();
        }
    }
}
