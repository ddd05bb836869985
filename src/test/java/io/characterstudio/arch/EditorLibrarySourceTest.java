package io.characterstudio.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Source rules of the editor, library, history and conflict packages and of the model (issue 17):
 * every class under about 300 lines and no constant written a second time as a literal (inline
 * fully-qualified names are checked in all main code by {@code InlineNamesTest}) (the default language, the date patterns, the numbers in rule
 * texts).
 */
class EditorLibrarySourceTest {

    private static final Path MAIN = Path.of("src/main/java/io/characterstudio");
    private static final List<String> PACKAGES =
            List.of("ui/editor", "ui/library", "ui/history", "ui/conflict", "model");
    private static final int MAX_LINES = 300;
    /**
     * Known to be over, with its size today: still to be split (the editor's form buffer keeps
     * its bindings and accessors). The test fails if it grows.
     */
    private static final Map<String, Integer> NOT_YET_SPLIT = Map.of("EditorViewModel.java", 421);

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> list = Files.list(MAIN.resolve(pkg))) {
                list.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
        return files;
    }

    private static List<String> code(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(l -> !l.startsWith("import ") && !l.startsWith("package "))
                .toList();
    }

    @Test
    void everyClassStaysUnderAbout300Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            int lines = Files.readAllLines(file).size();
            if (lines > NOT_YET_SPLIT.getOrDefault(file.getFileName().toString(), MAX_LINES)) {
                tooLong.add(file.getFileName() + " (" + lines + ")");
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void constantsAreNotWrittenAgainAsLiterals() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            for (String line : code(file)) {
                boolean found = (line.contains("\"en-US\"") && !name.equals("Language.java"))
                        || (line.contains("ofPattern(") && !name.equals("DisplayTime.java"))
                        || line.contains("1 to 4 languages")
                        || line.contains("of 1000");
                if (found) {
                    literals.add(name + ": " + line.strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }
}
