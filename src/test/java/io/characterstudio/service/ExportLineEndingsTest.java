package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.PortableCharacter;
import io.characterstudio.service.CharacterFiles.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;

/** Exports are the same bytes on every operating system: lines end with \n, whatever the platform's separator. */
class ExportLineEndingsTest {

    private static final PortableCharacter ANN = new PortableCharacter(
            Optional.of("7bd3274c-0000"),
            new CharacterFields("Ann", "AriaNeural", "Line one.\r\nLine two.", List.of("Wave"), List.of("en-US")),
            List.of("villain"),
            Optional.empty(),
            "{\"tool\": {\"depth\": 4}}");

    /** Prints both export formats of {@link #ANN}, Base64, one a line: run in a JVM with another line separator. */
    public static void main(String[] args) {
        CharacterFiles files = new CharacterFiles(JsonMapper.builder().build());
        for (Format format : Format.values()) {
            System.out.println(
                    Base64.getEncoder().encodeToString(files.write(ANN, format).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void theStudioFormatIsIndentedWithTwoSpacesAndEndsLinesWithNewlineOnly() {
        String text = new CharacterFiles(JsonMapper.builder().build()).write(ANN, Format.STUDIO);
        assertThat(text).isEqualTo("""
                {
                  "format" : "character-studio",
                  "version" : 1,
                  "id" : "7bd3274c-0000",
                  "name" : "Ann",
                  "voiceType" : "AriaNeural",
                  "backstory" : "Line one.\\r\\nLine two.",
                  "actions" : [ "Wave" ],
                  "languageCodes" : [ "en-US" ],
                  "tags" : [ "villain" ],
                  "extensions" : {
                    "tool" : {
                      "depth" : 4
                    }
                  }
                }
                """);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aJvmWhoseLineSeparatorIsCrLfWritesTheSameBytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Dline.separator=\r\n",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExportLineEndingsTest.class.getName())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(50, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        CharacterFiles files = new CharacterFiles(JsonMapper.builder().build());
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(Format.values().length);
        for (Format format : Format.values()) {
            String there = new String(Base64.getDecoder().decode(lines.get(format.ordinal())), StandardCharsets.UTF_8);
            assertThat(there)
                    .as(format.name())
                    .isEqualTo(files.write(ANN, format))
                    .doesNotContain("\r");
        }
    }
}
