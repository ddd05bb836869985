package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.PortableCharacter;
import io.characterstudio.service.CharacterFiles.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files an export writes are pinned byte for byte (golden files under
 * {@code src/test/resources/io/characterstudio/service/golden}, written by the hand-built JSON trees
 * before the formats became records): a full character (ID, source, tags, other tools' extensions
 * with a null, text that needs escaping) and a bare one, in both formats; each reads back as itself.
 */
class ExportGoldenTest {

    static final PortableCharacter FULL = new PortableCharacter(
            Optional.of("7bd3274c-0000"),
            new CharacterFields(
                    "Ann \"the\" Ünïcode 😀",
                    "AriaNeural",
                    "Line one.\r\nLine two.\ttab",
                    List.of("Wave", "Nod"),
                    List.of("en-US", "fr-FR")),
            List.of("villain", "b"),
            Optional.of("src-123456"),
            "{\"tool\": {\"depth\": 4, \"list\": [1, 2]}, \"z\": null}");
    static final PortableCharacter BARE = new PortableCharacter(
            Optional.empty(),
            new CharacterFields("Bo", "", "", List.of(), List.of("en-US")),
            List.of(),
            Optional.empty(),
            "{}");

    private final CharacterFiles files = new CharacterFiles(JsonMapper.builder().build());

    private static String golden(String name) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(ExportGoldenTest.class.getResourceAsStream("golden/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aFullCharacterIsWrittenAsTheGoldenFileAndReadsBackAsItself(Format format) throws IOException {
        String written = files.write(FULL, format);
        assertThat(written).isEqualTo(golden("full-" + format.name().toLowerCase(Locale.ROOT) + ".json"));
        PortableCharacter back = files.parse(written).characters().get(0);
        assertThat(back.fields()).isEqualTo(FULL.fields());
        assertThat(back.id()).isEqualTo(FULL.id());
        assertThat(back.tags()).isEqualTo(FULL.tags());
        assertThat(back.clonedFrom()).isEqualTo(FULL.clonedFrom());
        assertThat(back.otherExtensions()).isEqualTo("{\"tool\":{\"depth\":4,\"list\":[1,2]},\"z\":null}");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aBareCharacterLeavesOutItsMissingIdAndSource(Format format) throws IOException {
        String written = files.write(BARE, format);
        assertThat(written)
                .isEqualTo(golden("bare-" + format.name().toLowerCase(Locale.ROOT) + ".json"))
                .doesNotContain("\"id\"", "charID", "clonedFrom");
        assertThat(files.parse(written).characters().get(0).fields()).isEqualTo(BARE.fields());
    }
}
