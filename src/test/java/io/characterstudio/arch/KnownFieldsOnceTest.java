package io.characterstudio.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "A known character's five fields" is written once, as {@code KnownCharacter.fields()}: no main
 * class assembles {@code CharacterFields} from a known character's getters again (issue 17).
 */
class KnownFieldsOnceTest {

    private static final Path MAIN = Path.of("src/main/java/io/characterstudio");
    /**
     * The voice then the backstory of the same variable, the backstory unwrapped from its Optional
     * (only a known character's is one), as a copy of the fields is written.
     */
    private static final Pattern COPY =
            Pattern.compile("(\\w+)\\.voiceType\\(\\),\\s*\\1\\.backstory\\(\\)\\.(?:get|orElse|orElseThrow)\\(");

    @Test
    void noMainClassCopiesAKnownCharactersFields() throws IOException {
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.endsWith(Path.of("model", "KnownCharacter.java"))) {
                    continue;
                }
                Matcher m = COPY.matcher(Files.readString(file));
                while (m.find()) {
                    copies.add(MAIN.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(copies).as("copies of KnownCharacter.fields()").isEmpty();
    }
}
