package io.characterstudio.ui.main;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window's classes stay small pieces with one job (under 300 lines each: the view-model,
 * its assembly, the commands of the open character, the leave guard, the view, its menu bar,
 * toolbar and welcome view, the command object); their imports are checked with all main code by
 * {@code InlineNamesTest}.
 */
class SmallPiecesTest {

    private static final Path MAIN = Path.of("src/main/java/io/characterstudio/ui/main");
    private static final List<String> PIECES = List.of("MainViewModel", "MainAssembly", "MainInputs",
            "OpenCharacterCommands", "ConflictSave", "LeaveGuard", "KeyFixOffer", "MainView", "MainMenuBar",
            "MainToolBar", "WelcomeView", "MainCommands", "Command");

    @Test
    void eachPieceIsUnder300Lines() throws IOException {
        for (String piece : PIECES) {
            assertThat(Files.readAllLines(MAIN.resolve(piece + ".java"))).as(piece).hasSizeLessThan(300);
        }
    }
}
