package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.service.CharacterFiles.BadFileException;
import io.characterstudio.service.CharacterFiles.Parsed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Reading files: every hostile input is a {@link BadFileException} with a reason, never another exception. */
class CharacterFilesTest {

    private static final String STUDIO = "{\"format\": \"character-studio\", \"name\": \"Ann\", ";
    private final CharacterFiles files = new CharacterFiles(JsonMapper.builder().build());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                STUDIO + "\"version\": 99999999999}",
                STUDIO + "\"version\": 1e400}",
                STUDIO + "\"version\": -1e400}",
                STUDIO + "\"version\": 123456789012345678901234567890}",
                STUDIO + "\"version\": \"1\"}",
                STUDIO + "\"version\": 1.5}",
                STUDIO + "\"version\": 0}",
                STUDIO + "\"version\": NaN}",
                STUDIO + "\"version\": Infinity}",
                STUDIO + "\"id\": 12}",
                STUDIO + "\"tags\": [null]}",
                STUDIO + "\"tags\": {\"a\": 1}}",
                STUDIO + "\"extensions\": [1]}",
                STUDIO + "\"backstory\": \"\\ud800\"}",
                STUDIO + "\"actions\": [\"\\udc00x\"]}",
                "{\"format\": \"character-studio\", \"name\": \"\\ud83d\"}",
                "{\"format\": \"character-studio\", \"name\": \"Ann\"} trailing",
                "{\"format\": \"character-studio\", \"name\": \"Ann\"} {}",
                "{\"format\": null, \"name\": \"Ann\"}",
                "{\"format\": [\"character-studio\"]}",
                "{\"spec\": null}",
                "{\"spec\": \"chara_card_v2\", \"data\": {\"name\": \"A\", \"extensions\": {\"convai\": [1]}}}",
                "{\"spec\": \"chara_card_v2\", \"data\": {\"name\": \"A\", \"extensions\": {\"convai\": {\"charID\": 7}}}}",
                "{\"spec\": \"chara_card_v2\", \"data\": null}",
                "[{\"format\": \"character-studio\", \"name\": \"Ann\"}]",
                "[]",
                "{\"a\": 1, \"a\": 2}",
                "{\"format\": \"character-studio\", \"name\": \"Ann\", \"name\": \"Bo\"}",
                "{\"format\": \"character-studio\", \"name\": 1e99999999}",
                "\"just a string\"",
                "null",
            })
    void everyHostileJsonIsABadFileWithAReason(String text) {
        assertThatThrownBy(() -> files.parse(text))
                .isInstanceOf(BadFileException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void deepNestingAndHugeNumbersAreBadFiles() {
        assertThatThrownBy(() -> files.parse("{\"format\": \"character-studio\", \"extensions\": "
                        + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001)))
                .isInstanceOf(BadFileException.class);
        assertThatThrownBy(() -> files.parse(STUDIO + "\"extensions\": {\"n\": " + "9".repeat(5000) + "}}"))
                .isInstanceOf(BadFileException.class);
        assertThatThrownBy(() -> files.parse(STUDIO + "\"version\": " + "9".repeat(5000) + "}"))
                .isInstanceOf(BadFileException.class);
    }

    @Test
    void theVersionOfANewerStudioIsNamed() {
        assertThatThrownBy(() -> files.parse(STUDIO + "\"version\": 99999999999}"))
                .hasMessage("written by a newer Character Studio (version 99999999999)");
        assertThat(files.parse(STUDIO + "\"version\": 1}").characters()).hasSize(1);
        assertThat(files.parse(STUDIO + "\"version\": null}").characters())
                .as("null is no version")
                .hasSize(1);
        assertThatThrownBy(() -> files.parse(STUDIO + "\"version\": 1.5}"))
                .hasMessage("\"version\" must be 1 (a whole number), not 1.5");
        assertThatThrownBy(() -> files.parse(STUDIO + "\"backstory\": \"\\ud800\"}"))
                .hasMessage("a broken character (half of a UTF-16 surrogate pair) in \"backstory\"");
    }

    @Test
    void aHugeValueIsCutInTheReason() {
        String huge = "x".repeat(100_000);
        assertThatThrownBy(() -> files.parse("{\"format\": \"" + huge + "\"}"))
                .hasMessage("an unknown format \"" + "x".repeat(39) + "…");
        assertThatThrownBy(() -> files.parse(STUDIO + "\"version\": \"" + huge + "\"}"))
                .message()
                .hasSizeLessThan(100);
        assertThatThrownBy(() -> files.parse("{\"spec\": \"" + huge + "\"}"))
                .message()
                .hasSizeLessThan(100);
        assertThatThrownBy(() -> files.parse("\uD840\uDC00".repeat(50)))
                .message()
                .isEqualTo("neither JSON nor a list of IDs (line 1: \"" + "\uD840\uDC00".repeat(40) + "…\")");
    }

    @Test
    void aByteOrderMarkIsDroppedFromJsonAndIdLists() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path json = dir.resolve("bom.json");
        Files.write(json, concat(bom, (STUDIO + "\"backstory\": \"b\"}").getBytes(StandardCharsets.UTF_8)));
        assertThat(files.read(json).characters().get(0).fields().name()).isEqualTo("Ann");
        Path ids = dir.resolve("bom.txt");
        Files.write(ids, concat(bom, "abcdef12-0000\nabcdef13-0000\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(files.read(ids).ids()).containsExactly("abcdef12-0000", "abcdef13-0000");
    }

    @Test
    void crlfAndCrLineEndingsAreRead() throws Exception {
        Path crlf = dir.resolve("crlf.txt");
        Files.writeString(crlf, "# list\r\nabcdef12-0000\r\nabcdef13-0000\r\n");
        assertThat(files.read(crlf).ids()).containsExactly("abcdef12-0000", "abcdef13-0000");
        Path cr = dir.resolve("cr.txt");
        Files.writeString(cr, "abcdef12-0000\rabcdef13-0000\r");
        assertThat(files.read(cr).ids()).containsExactly("abcdef12-0000", "abcdef13-0000");
        Path json = dir.resolve("crlf.json");
        Files.writeString(
                json,
                "{\r\n  \"format\": \"character-studio\",\r\n  \"name\": \"Ann\",\r\n"
                        + "  \"backstory\": \"line one\\nline two\"\r\n}\r\n");
        Parsed parsed = files.read(json);
        assertThat(parsed.characters().get(0).fields().backstory()).isEqualTo("line one\nline two");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void idListsWithMixedEndingsKeepOrderAndDropDuplicates() {
        assertThat(files.parse("abcdef12-0000\r\nabcdef13-0000\rabcdef12-0000\n")
                        .ids())
                .isEqualTo(List.of("abcdef12-0000", "abcdef13-0000"));
    }
}
