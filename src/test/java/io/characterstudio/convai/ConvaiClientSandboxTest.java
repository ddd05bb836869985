package io.characterstudio.convai;

import static io.characterstudio.convai.ConvaiException.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.model.Language;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The client against a real sandbox over HTTP: every endpoint and every error row. */
class ConvaiClientSandboxTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave", "Nod"), List.of("en-US"));

    private Sandbox sandbox;
    private ConvaiClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.inMemory().withApiKey("key-1"));
        client = new ConvaiClient(ConvaiSettings.of(sandbox.baseUri(), "  key-1 \n"), JSON);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ConvaiClient withKey(String key) {
        return new ConvaiClient(ConvaiSettings.of(sandbox.baseUri(), key), JSON);
    }

    @Test
    void createThenGetReturnsTheFieldsSent() {
        String id = client.create(ANN);
        ServerCharacter c = client.get(id);
        assertThat(c.id()).isEqualTo(id);
        assertThat(c.fields()).isEqualTo(ANN);
        assertThat(c.timestamp()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(c.userId()).isNotBlank();
    }

    @Test
    void updateSendsOnlyTheGivenFields() {
        String id = client.create(ANN);
        client.update(
                id,
                new CharacterUpdate(null, null, "A tired keeper.", List.of("Sit"), List.of("fr-FR", "en-US")),
                false);
        ServerCharacter c = client.get(id);
        assertThat(c.fields())
                .isEqualTo(new CharacterFields(
                        "Ann", "AriaNeural", "A tired keeper.", List.of("Sit"), List.of("fr-FR", "en-US")));
        client.update(id, new CharacterUpdate(null, null, null, List.of(), null), false);
        assertThat(client.get(id).fields().actions()).isEmpty();
    }

    @Test
    void getByNameAndIdsWithSpacesFindTheCharacter() {
        String id = client.create(ANN);
        assertThat(client.getByName(" Ann ").id()).isEqualTo(id);
        assertThat(client.get("\t" + id + "  \n").id()).isEqualTo(id);
    }

    @Test
    void listReturnsSummariesWithoutBackstory() {
        String a = client.create(ANN);
        String b = client.create(new CharacterFields("Bo", "MALE", "b", List.of(), List.of("en-US")));
        List<CharacterSummary> all = client.list();
        assertThat(all).extracting(CharacterSummary::id).containsExactlyInAnyOrder(a, b);
        assertThat(all).extracting(CharacterSummary::name).containsExactlyInAnyOrder("Ann", "Bo");
        assertThat(all.get(0).lastInteractedWith()).isNotBlank();
    }

    @Test
    void cloneWithAndWithoutKnowledgeBankMakesCopies() {
        String id = client.create(ANN);
        String copy = client.cloneCharacter(id, true);
        String plain = client.cloneCharacter(id, false);
        assertThat(copy).isNotEqualTo(id).isNotEqualTo(plain);
        assertThat(client.get(copy).fields()).isEqualTo(ANN);
    }

    @Test
    void deleteRemovesTheCharacter() {
        String id = client.create(ANN);
        client.delete(id, false);
        assertThatThrownBy(() -> client.get(id))
                .isInstanceOf(ConvaiException.class)
                .extracting(e -> ((ConvaiException) e).kind())
                .isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void catalogues() {
        List<VoiceOption> voices = client.voices();
        assertThat(voices).hasSize(384);
        assertThat(voices).anySatisfy(v -> {
            assertThat(v.voiceValue()).isEqualTo("AZURE-MULTILINGUAL-a274d6d359");
            assertThat(v.displayName()).isEqualTo("Ada Female Multilingual Voice");
            assertThat(v.section()).isEqualTo("Azure Voices");
            assertThat(v.gender()).isEqualTo("FEMALE");
            assertThat(v.languageCodes()).contains("en-US", "de-DE");
        });
        List<Language> languages = client.languages();
        assertThat(languages).hasSize(24).startsWith(new Language("en-US", "English"));
    }

    @Test
    void missingAndInvalidKeysAreAuthenticationErrorsOnEveryEndpoint() {
        for (ConvaiClient bad : List.of(withKey(""), withKey("wrong"))) {
            List<Runnable> calls = List.of(
                    () -> bad.create(ANN),
                    () -> bad.get("x"),
                    () -> bad.getByName("x"),
                    () -> bad.update("x", CharacterUpdate.none(), false),
                    () -> bad.cloneCharacter("x", false),
                    () -> bad.delete("x", false),
                    bad::list,
                    bad::voices,
                    bad::languages);
            for (Runnable call : calls) {
                assertThatThrownBy(call::run).isInstanceOfSatisfying(ConvaiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).doesNotContain("wrong").doesNotContain("key-1");
                });
            }
        }
    }

    @Test
    void unknownIdsAndNamesAreNotFound() {
        String unknown = "7bd3274c-1745-11ee-a3af-42010a400002";
        List<Runnable> calls = List.of(
                () -> client.get(unknown),
                () -> client.getByName("Nobody"),
                () -> client.update(unknown, new CharacterUpdate("X", null, null, null, null), false),
                () -> client.cloneCharacter(unknown, false),
                () -> client.delete(unknown, false));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run)
                    .isInstanceOfSatisfying(
                            ConvaiException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        }
    }

    @Test
    void invalidInputCarriesTheServersMessage() {
        assertThatThrownBy(() -> client.create(new CharacterFields("", "MALE", "b", List.of(), List.of())))
                .isInstanceOfSatisfying(ConvaiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
                    assertThat(e.serverMessage())
                            .hasValueSatisfying(m -> assertThat(m).contains("creating the character"));
                });
        String id = client.create(ANN);
        assertThatThrownBy(
                        () -> client.update(id, new CharacterUpdate(null, null, null, null, List.of("xx-XX")), false))
                .isInstanceOfSatisfying(ConvaiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("xx-XX");
                });
    }

    @Test
    void aServerFailureCarriesItsReferenceId() {
        sandbox.faults().set(io.characterstudio.sandbox.FaultSettings.NONE.withServerErrors(1.0));
        ConvaiClient noRetry =
                new ConvaiClient(ConvaiSettings.of(sandbox.baseUri(), "key-1").withRetryPolicy(RetryPolicy.NONE), JSON);
        assertThatThrownBy(noRetry::list).isInstanceOfSatisfying(ConvaiException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(e.referenceId())
                    .hasValueSatisfying(r -> assertThat(e.getMessage()).contains(r));
        });
    }

    @Test
    void aServerThatIsDownIsAConnectionError() {
        URI down = sandbox.baseUri();
        sandbox.close();
        ConvaiClient client =
                new ConvaiClient(ConvaiSettings.of(down, "key-1").withRetryPolicy(RetryPolicy.NONE), JSON);
        assertThatThrownBy(client::list)
                .isInstanceOfSatisfying(
                        ConvaiException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONNECTION));
    }

    @Test
    void theKeyNeverAppearsInSettingsText() {
        ConvaiSettings settings = ConvaiSettings.of(sandbox.baseUri(), "secret-key-123");
        assertThat(settings.toString()).doesNotContain("secret-key-123").contains("(set)");
        assertThat(settings.apiKey()).isEqualTo("secret-key-123");
    }
}
