package io.characterstudio.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code names the JDK's, JavaFX's and the app's classes by import, not inline (a name clash is
 * the only reason for an inline name), so that a file's dependencies are visible at its top.
 * Checked in every main package; comments are not checked.
 */
class InlineNamesTest {

    private static final Path MAIN = Path.of("src/main/java/io/characterstudio");
    private static final Pattern INLINE =
            Pattern.compile("(?<![\\w.\"/])(?:java|javafx|io\\.characterstudio)" + "(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]");
    /**
     * Files of the bulk and transfer features, being changed on other branches when this check
     * widened to all main code: their inline names go when those changes land.
     */
    private static final Set<String> NOT_YET = Set.of();

    @Test
    void mainCodeImportsTheClassesItUses() throws IOException {
        List<String> inline = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (NOT_YET.contains(name)) {
                    continue;
                }
                checked++;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (isCode(line) && INLINE.matcher(line).find()) {
                        inline.add(name + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(checked).as("files checked").isGreaterThan(250);
        assertThat(inline).as("inline qualified names").isEmpty();
    }

    private static boolean isCode(String line) {
        return !(line.startsWith("import ")
                || line.startsWith("package ")
                || line.startsWith("*")
                || line.startsWith("/*")
                || line.startsWith("//"));
    }
}
