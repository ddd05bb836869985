package io.characterstudio.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main class writes a constant of the app again as a literal (issue 17): the default language
 * ({@code Language.DEFAULT_CODE}), the display date patterns ({@code DisplayTime}), a megabyte, the
 * dialogs' padding (the {@code dialog-content} style class of theme.css), the number of bulk
 * workers ({@code BulkCommands.CONCURRENCY}) and the numbers of the rule texts (the language
 * picker's "4 of 4 chosen" is made from {@code CharacterRules.MAX_LANGUAGES}).
 */
class ConstantsOnceTest {

    private static final Path MAIN = Path.of("src/main/java/io/characterstudio");
    /** A literal, and the one file allowed to write it (null: none). */
    private static final Map<String, String> LITERALS = Map.of(
            "\"en-US\"", "model/Language.java",
            "\"d MMM yyyy", "model/DisplayTime.java",
            "1048576", "",
            "new Insets(8, 12, 0, 12)", "",
            "namedPool(\"studio-bulk\", 8", "",
            "1 to 4 languages", "",
            "of 1000", "",
            "4 of 4", "");
    /**
     * Dialogs of the bulk and transfer features, being changed on other branches while this rule
     * came in: their padding moves to the style class when those land.
     */
    private static final Set<String> PADDING_NOT_YET = Set.of();

    @Test
    void constantsAreNotWrittenAgainAsLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                        continue;
                    }
                    for (Map.Entry<String, String> literal : LITERALS.entrySet()) {
                        boolean allowed = name.equals(literal.getValue())
                                || (literal.getKey().startsWith("new Insets") && PADDING_NOT_YET.contains(name));
                        if (line.contains(literal.getKey()) && !allowed) {
                            found.add(name + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theDialogPaddingIsOneRuleOfTheTheme() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/io/characterstudio/ui/theme.css"));
        assertThat(css).containsPattern("\\.dialog-content \\{\\s*-fx-padding: 8 12 0 12;");
    }
}
