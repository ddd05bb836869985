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
 * Every main class stays a small piece with one job (issue 17): each file under
 * {@code src/main/java} has fewer than {@value #LIMIT} lines as it is committed, that is after the
 * formatter (palantir-java-format through Spotless), which puts one parameter per line when a
 * signature is too long and so makes classes longer than they were written. A class that cannot
 * be split sensibly would be listed in {@link #EXCEPTIONS} with the reason; the list is empty.
 * (This replaces the former per-package checks of {@code ui/main} and {@code ui/editor}.)
 */
class ClassSizeTest {

    static final int LIMIT = 300;
    private static final Path MAIN = Path.of("src/main/java");
    /** A file (relative to {@code src/main/java}, with '/') allowed to be longer, and why. None. */
    private static final Map<String, String> EXCEPTIONS = Map.of();

    @Test
    void everyMainClassIsUnder300Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            int lines = Files.readAllLines(file).size();
            if (lines >= LIMIT && !EXCEPTIONS.containsKey(name)) {
                tooLong.add(name + ": " + lines + " lines");
            }
        }
        assertThat(tooLong).as("main classes of %d lines or more", LIMIT).isEmpty();
    }
}
