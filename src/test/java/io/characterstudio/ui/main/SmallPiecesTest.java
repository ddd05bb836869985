package io.characterstudio.ui.main;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window's classes stay small pieces with one job (under 300 lines each: the view-model,
 * its assembly, the commands of the open character, the leave guard, the view, its menu bar,
 * toolbar and welcome view, the command object) and name the types they use by imports, not inline.
 */
class SmallPiecesTest {

    private static final Path MAIN = Path.of("src/main/java/io/characterstudio/ui/main");
    private static final List<String> PIECES = List.of("MainViewModel", "MainAssembly", "MainInputs",
            "OpenCharacterCommands", "ConflictSave", "LeaveGuard", "KeyFixOffer", "MainView", "MainMenuBar",
            "MainToolBar", "WelcomeView", "MainCommands", "Command");
    /** A package-qualified type used in code (not in an import or a comment). */
    private static final Pattern INLINE = Pattern.compile("(?<![\\w.])(javafx|java|io\\.characterstudio)(\\.[a-z]\\w*)+"
            + "\\.[A-Z]");

    @Test
    void eachPieceIsUnder300Lines() throws IOException {
        for (String piece : PIECES) {
            assertThat(Files.readAllLines(MAIN.resolve(piece + ".java"))).as(piece).hasSizeLessThan(300);
        }
    }

    @Test
    void typesAreImportedNotWrittenInline() throws IOException {
        List<Path> files = new ArrayList<>(PIECES.stream().map(p -> MAIN.resolve(p + ".java")).toList());
        files.add(Path.of("src/main/java/io/characterstudio/app/CharacterStudioApp.java"));
        for (String touched : List.of("BulkCommands", "Opener", "ConnectionCommands", "SingleClone",
                "DiscardedNewCharacters")) {
            files.add(MAIN.resolve(touched + ".java"));
        }
        for (Path file : files) {
            assertThat(Files.readAllLines(file)).as(file.getFileName().toString())
                    .filteredOn(line -> !line.startsWith("import ") && !line.startsWith("package ")
                            && !line.trim().startsWith("*") && !line.trim().startsWith("/**")
                            && !line.trim().startsWith("//"))
                    .noneMatch(line -> INLINE.matcher(line).find());
        }
    }
}
