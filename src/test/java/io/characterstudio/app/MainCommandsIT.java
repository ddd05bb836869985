package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

/**
 * The menu bar and the toolbar make their entries from the same command objects: each toolbar
 * button is the command of its menu entry, with the same state, and its tooltip names the menu
 * text and the menu's shortcut.
 */
class MainCommandsIT extends AppWindowIT {

    /** Toolbar button name → its tooltip (unchanged by the move to command objects). */
    private static final Map<String, String> TIPS = Map.of(
            "New", "New character (Ctrl+N)",
            "Open", "Open by ID or name (Ctrl+O)",
            "Save", "Save (Ctrl+S)",
            "Reload", "Reload from server (F5)",
            "Clone", "Clone (Ctrl+D)",
            "Delete", "Delete (Ctrl+Shift+Delete)",
            "CopyId", "Copy ID (Ctrl+Shift+C)",
            "Revert", "Revert changes (your edits are kept in History; Undo puts them back)",
            "AddConnection", "Add a connection");

    @Test
    void everyToolbarButtonIsTheCommandOfItsMenuEntryWithTheSameStateAndShortcut() throws Exception {
        launch();
        MenuBar bar = robot.lookup("#mainMenuBar").queryAs(MenuBar.class);
        List<MenuItem> items =
                bar.getMenus().stream().flatMap(m -> m.getItems().stream()).toList();
        for (var tip : TIPS.entrySet()) {
            Button button = robot.lookup("#tool" + tip.getKey()).queryAs(Button.class);
            MenuItem item = items.stream()
                    .filter(i -> Objects.equals(i.getId(), "menu" + tip.getKey()))
                    .findFirst()
                    .orElseThrow();
            Object command = button.getProperties().get(commandKey(button));
            assertThat(command)
                    .as(tip.getKey() + ": one command object")
                    .isNotNull()
                    .isSameAs(item.getProperties().get(commandKey(button)));
            assertThat(button.getTooltip().getText()).isEqualTo(tip.getValue());
            assertThat(button.getAccessibleText()).isEqualTo(tip.getValue());
            assertThat(button.isDisable()).as(tip.getKey() + " state").isEqualTo(item.isDisable());
        }
        assertThat(items.stream()
                        .filter(i -> i.getProperties().isEmpty() && !(i instanceof Menu))
                        .map(MenuItem::getId)
                        .filter(Objects::nonNull))
                .as("menu entries not made from a command")
                .containsOnly("menuDark", "menuLibrary");
    }

    /** The key the command is kept under: its class, found from the button's properties. */
    private static Object commandKey(Node button) {
        return button.getProperties().keySet().stream()
                .filter(k -> k instanceof Class<?> c && c.getSimpleName().equals("Command"))
                .findFirst()
                .orElse(Object.class);
    }
}
