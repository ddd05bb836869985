package io.characterstudio.ui.editor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's classes stay small pieces with one job: every class of {@code ui/editor} (the
 * view-model, its form buffer, message lines, save flow and the rest) is under 300 lines.
 */
class EditorPiecesTest {

    private static final Path EDITOR = Path.of("src/main/java/io/characterstudio/ui/editor");

    @Test
    void everyEditorClassIsUnder300Lines() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(EDITOR)) {
            files = listed.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(Files.readAllLines(file)).as(file.getFileName().toString()).hasSizeLessThan(300);
        }
    }
}
