package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.model.CharacterFields;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Ctrl+O with a name two library characters share, in the real window: the "which character?"
 * list shows both, the second one picked opens, and Escape closes the list without opening any.
 */
class OpenByNameIT extends AppWindowIT {

    @Test
    void twoCharactersOfOneNameAreOfferedThePickedOneOpensAndEscapeOpensNone() throws Exception {
        launch();
        ConvaiClient server = app.sandboxClient();
        String first = server.create(
                new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of(), List.of("en-US")));
        String second = server.create(
                new CharacterFields("Ann", "AriaNeural", "Keeps the ferry.", List.of(), List.of("en-US")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Synced: 2 characters"));

        typeInOpen("ann");
        app.dialog("whichCharacterDialog");
        ListView<?> list = robot.lookup("#whichCharacterList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        List<String> offered = list.getItems().stream()
                .map(f -> ((io.characterstudio.ui.open.OpenDialogs.Found) f).id())
                .toList();
        assertThat(offered).containsExactlyInAnyOrder(first, second);
        robot.interact(list::requestFocus);
        robot.type(KeyCode.DOWN);
        app.waitFor(() -> list.getSelectionModel().getSelectedIndex() == 1);
        robot.clickOn(robot.from(list.getScene().getRoot())
                .lookup(".button")
                .match((javafx.scene.control.Button b) -> b.getText().equals("Open"))
                .queryButton());
        try {
            app.waitFor(() -> app.text("#characterId").equals(offered.get(1)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    "id=" + app.text("#characterId") + " status=" + app.text("#statusResult") + " dialog="
                            + robot.lookup("#whichCharacterDialog").tryQuery().isPresent() + " offered=" + offered,
                    e);
        }
        assertThat(robot.lookup("#whichCharacterDialog").tryQuery()).isEmpty();
        String opened = offered.get(1);

        typeInOpen("Ann");
        app.dialog("whichCharacterDialog");
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> robot.lookup("#whichCharacterDialog").tryQuery().isEmpty());
        app.waitFor(() -> app.text("#statusResult").endsWith("None opened."));
        assertThat(app.text("#characterId"))
                .as("still the character picked before")
                .isEqualTo(opened);
    }
}
