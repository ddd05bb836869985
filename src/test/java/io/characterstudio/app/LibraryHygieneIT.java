package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The real app, headless: a bad ID leaves no library row, and from:"Two words" finds the clones. */
class LibraryHygieneIT extends AppWindowIT {

    private ListView<?> library() {
        return robot.lookup("#library").queryAs(ListView.class);
    }

    @Test
    void aBadIdLeavesNoRowAndFromTakesAQuotedName() throws Exception {
        launch();
        typeInOpen("7bd3274c-1745-11ee-a3af-42010a400002");
        app.dialog("errorDialog");
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> app.robot.lookup("#errorDialog").tryQuery().isEmpty());
        assertThat(library().getItems()).as("a failed open adds no row").isEmpty();

        var client = app.sandboxClient();
        String bram =
                client.create(new CharacterFields("Bram Oakhart", "AriaNeural", "b", List.of(), List.of("en-US")));
        typeInOpen(bram);
        app.waitFor(() -> app.text("#characterId").equals(bram));
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL); // the app records the lineage
        app.dialog("cloneDialog");
        robot.type(KeyCode.ENTER);
        app.waitFor(() ->
                library().getItems().size() == 2 && !app.text("#characterId").equals(bram));

        robot.clickOn("#librarySearch").write("from:\"Bram Oakhart\"");
        app.waitFor(() -> library().getItems().size() == 1);
        robot.clickOn("#librarySearch")
                .press(KeyCode.CONTROL)
                .type(KeyCode.A)
                .release(KeyCode.CONTROL)
                .write("from:bram");
        app.waitFor(() -> library().getItems().size() == 1);
    }
}
