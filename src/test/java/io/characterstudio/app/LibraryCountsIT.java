package io.characterstudio.app;

import io.characterstudio.bench.CastGenerator;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.store.Workspace;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app, headless, on a generated cast: the library counts its rows ("40 characters",
 * "3 of 40"), and typing {@code #} offers the existing tags, picked with Down and Enter.
 */
class LibraryCountsIT extends AppWindowIT {

    private static final int CAST = 40;

    private void tagThree() {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            List<String> ids = w.knownCharacters().list(CastGenerator.CONNECTION).stream()
                    .filter(k -> k.status() == KnownCharacter.Status.PRESENT).map(KnownCharacter::id).sorted()
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

        robot.clickOn("#librarySearch").write("#vi");
        app.waitFor(() -> robot.lookup("#libraryTagSuggestions").query().isVisible());
        ListView<?> offered = robot.lookup("#libraryTagSuggestions").queryAs(ListView.class);
        assertThat(offered.getItems().stream().map(Object::toString).toList()).containsExactly("#villain", "#visitor");
        assertThat(app.text("#libraryCount")).isEqualTo("5 of " + CAST);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#librarySearch").queryAs(TextField.class).getText()).isEqualTo("#villain ");
        app.waitFor(() -> app.text("#libraryCount").equals("3 of " + CAST));
        assertThat(robot.lookup("#libraryTagSuggestions").query().isVisible()).as("a finished tag offers nothing")
                .isFalse();
        assertThat(robot.lookup("#librarySearch").query().isFocused()).as("typing goes on in the search").isTrue();
    }
}
