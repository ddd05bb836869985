package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.bench.CastGenerator;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.store.Workspace;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real app, headless, on a generated cast: the library counts its rows ("40 characters",
 * "3 of 40"), and typing {@code #} offers the existing tags, picked with Down and Enter.
 */
class LibraryCountsIT extends AppWindowIT {

    private static final int CAST = 40;

    private void tagThree() {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            List<String> ids = w.knownCharacters().list(CastGenerator.CONNECTION).stream()
                    .filter(k -> k.status() == KnownCharacter.Status.PRESENT)
                    .map(KnownCharacter::id)
                    .sorted()
                    .toList();
            w.tags().add(CastGenerator.CONNECTION, ids.subList(0, 3), "villain");
            w.tags().add(CastGenerator.CONNECTION, ids.subList(3, 5), "visitor");
        }
    }

    @Test
    void theLibraryCountsItsRowsAndOffersTagsAsYouType() throws Exception {
        CastGenerator.generate(dataDir, CAST, 30);
        tagThree();
        launch();
        app.waitFor(() -> app.text("#libraryCount").equals(CAST + " characters"));
        assertThat(app.text("#welcomeTitle")).isEqualTo("Select a character, or create one");

        javafx.scene.Node library = robot.lookup("#library").query();
        double listTop = library.localToScene(library.getBoundsInLocal()).getMinY();
        robot.clickOn("#librarySearch").write("#");
        app.waitFor(() -> suggestionsShown());
        assertThat(offered()).as("a bare # lists the tags").containsExactly("#villain", "#visitor");
        assertThat(robot.lookup("#library").queryAs(ListView.class).getItems())
                .as("a bare # filters nothing")
                .hasSize(CAST);

        robot.write("vi");
        app.waitFor(() -> offered().equals(List.of("#villain", "#visitor")));
        assertThat(app.text("#libraryCount")).isEqualTo("5 of " + CAST);
        assertThat(library.localToScene(library.getBoundsInLocal()).getMinY())
                .as("the list does not move")
                .isEqualTo(listTop);
        assertThat(suggestions().getScene().getWindow())
                .as("a popup over the list")
                .isNotSameAs(library.getScene().getWindow());
        assertThat(suggestions().getHeight()).as("sized to its two suggestions").isBetween(50.0, 60.0);
        assertThat(robot.lookup("#librarySearch").query().isFocused())
                .as("the search keeps the focus")
                .isTrue();

        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(searchText()).isEqualTo("#villain ");
        app.waitFor(() -> app.text("#libraryCount").equals("3 of " + CAST));
        assertThat(suggestionsShown()).as("a finished tag offers nothing").isFalse();
        assertThat(robot.lookup("#librarySearch").query().isFocused())
                .as("typing goes on in the search")
                .isTrue();

        robot.write("#vi");
        app.waitFor(() -> suggestionsShown());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestionsShown()).as("Escape closes the suggestions").isFalse();
        assertThat(searchText()).as("and keeps the search").isEqualTo("#villain #vi");
        robot.write("s");
        app.waitFor(() -> suggestionsShown() && offered().equals(List.of("#visitor")));
        assertThat(searchText()).isEqualTo("#villain #vis");
    }

    /** Whether the suggestions' popup is on screen (a hidden popup's list is not found at all). */
    private boolean suggestionsShown() {
        return robot.lookup("#libraryTagSuggestions")
                .tryQuery()
                .map(n -> n.getScene() != null
                        && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private ListView<?> suggestions() {
        return robot.lookup("#libraryTagSuggestions").queryAs(ListView.class);
    }

    private List<String> offered() {
        return suggestions().getItems().stream().map(Object::toString).toList();
    }

    private String searchText() {
        return robot.lookup("#librarySearch").queryAs(TextField.class).getText();
    }
}
