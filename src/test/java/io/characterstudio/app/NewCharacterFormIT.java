package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's header fields in the real window: a new character greets the writer with neutral
 * hints (no red or amber) until a field is left empty or a save is tried, and the name and voice
 * keep their widths whatever message the voice shows.
 */
class NewCharacterFormIT extends AppWindowIT {

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private boolean hinting(String id) {
        return label(id).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("hint"));
    }

    @Test
    void aBlankNewCharacterShowsHintsUntilAFieldIsLeftEmptyOrASaveIsTried() throws Exception {
        launch();
        robot.clickOn("#welcomeCreate");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#nameProblem", "#voiceWarning", "#backstoryProblem")) {
            assertThat(label(id).getText()).as(id).startsWith("Required").doesNotContain("is required");
            assertThat(hinting(id)).as(id + " is a neutral hint").isTrue();
        }
        javafx.scene.Node revert = robot.lookup("#toolRevert").query();
        assertThat(revert.isDisabled())
                .as("nothing to revert on a blank form: the toolbar's Revert is disabled")
                .isTrue();
        assertThat(revert.getOpacity())
                .as("and looks it, like the other disabled tools")
                .isEqualTo(robot.lookup("#toolReload").query().getOpacity())
                .isLessThan(1.0);
        double nameMessageY = label("#nameProblem").localToScene(0, 0).getY();
        double backstoryY =
                robot.lookup("#backstory").query().localToScene(0, 0).getY();

        robot.clickOn("#name").type(KeyCode.TAB); // left empty once
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#nameProblem").getText()).isEqualTo("The name is required.");
        assertThat(hinting("#nameProblem")).isFalse();
        assertThat(hinting("#backstoryProblem"))
                .as("a field not yet reached keeps its hint")
                .isTrue();
        assertThat(label("#nameProblem").localToScene(0, 0).getY())
                .as("the message line stays put")
                .isEqualTo(nameMessageY);
        assertThat(robot.lookup("#backstory").query().localToScene(0, 0).getY()).isEqualTo(backstoryY);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Not saved"));
        assertThat(label("#voiceWarning").getText()).isEqualTo("Choose a voice.");
        assertThat(label("#backstoryProblem").getText()).isEqualTo("The backstory is required.");
        assertThat(hinting("#voiceWarning") || hinting("#backstoryProblem"))
                .as("a save was tried")
                .isFalse();
        assertThat(app.text("#editorError")).startsWith("Not saved");
        assertThat(label("#nameProblem").localToScene(0, 0).getY())
                .as("the banner moves nothing")
                .isEqualTo(nameMessageY);
        assertThat(robot.lookup("#backstory").query().localToScene(0, 0).getY())
                .as("nor the backstory")
                .isEqualTo(backstoryY);
        assertThat(label("#voiceWarning").getStyleClass())
                .as("a missing voice blocks the save: red like the others")
                .contains("field-problem")
                .doesNotContain("field-warning");

        robot.clickOn("#name").write("Ada");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.text("#statusResult"))
                .as("the status line follows the form")
                .startsWith("Not saved")
                .doesNotContain("name is required")
                .contains("Choose a voice");
    }

    @Test
    void theNameKeepsItsWidthWhenTheVoiceShowsAWarning() throws Exception {
        launch();
        String fine = app.sandboxClient()
                .create(new CharacterFields("Ann", "AriaNeural", "A keeper.", List.of(), List.of("en-US")));
        String warned =
                app.sandboxClient().create(new CharacterFields("Bo", "GUY", "A sailor.", List.of(), List.of("en-US")));
        typeInOpen(fine);
        app.waitFor(() -> app.text("#characterId").equals(fine));
        WaitForAsyncUtils.waitForFxEvents();
        double name = robot.lookup("#name").query().getBoundsInParent().getWidth();
        double voice = robot.lookup("#voice").query().getBoundsInParent().getWidth();
        typeInOpen(warned);
        app.waitFor(() -> app.text("#characterId").equals(warned));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#voiceWarning").getText()).contains("not in the voice catalogue");
        assertThat(robot.lookup("#name").query().getBoundsInParent().getWidth())
                .as("the name's width")
                .isEqualTo(name);
        assertThat(robot.lookup("#voice").query().getBoundsInParent().getWidth())
                .as("the voice's width")
                .isEqualTo(voice);
    }
}
