package io.characterstudio.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code of the app's and JavaFX's classes names them by import, not inline (a name clash is the only
 * reason for an inline name), so that a file's dependencies are visible at its top. Checked in the ui
 * packages whose dialogs moved into their features; comments are not checked.
 */
class InlineNamesTest {

    private static final Path UI = Path.of("src/main/java/io/characterstudio/ui");
    private static final List<String> PACKAGES = List.of("common", "bulk", "transfer", "backup", "open", "trash",
            "replace", "conflict", "connections", "about");
    private static final Pattern INLINE = Pattern.compile("(?<![\\w.])(io\\.characterstudio|javafx)(\\.[a-z][a-z0-9]*)+"
            + "\\.[A-Z]");

    @Test
    void featurePackagesImportTheClassesTheyUse() throws IOException {
        List<String> inline = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.list(UI.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (isCode(line) && INLINE.matcher(line).find()) {
                            inline.add(pkg + "/" + file.getFileName() + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(inline).as("inline qualified names").isEmpty();
    }

    private static boolean isCode(String line) {
        return !(line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
                || line.startsWith("/*") || line.startsWith("//"));
    }
}
