package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor is laid out for writing: at 1400x900 the backstory takes at least half the window's
 * width and the full height below the header fields, and no field moves when a validation message
 * comes or goes.
 */
class WriterLayoutIT extends AppWindowIT {

    private void size(double width, double height) {
        robot.interact(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds inScene(String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void theBackstoryTakesHalfTheWidthAndTheHeightBelowTheHeaderFields() throws Exception {
        launch();
        size(1400, 900);
        robot.clickOn("#welcomeCreate");
        WaitForAsyncUtils.waitForFxEvents();
        double sceneWidth = app.stage().getScene().getWidth();
        double sceneHeight = app.stage().getScene().getHeight();
        Bounds backstory = inScene("#backstory");
        Bounds header = inScene("#headerFields");
        Bounds status = inScene("#statusResult");

        assertThat(backstory.getWidth()).as("the backstory's width at 1400x900").isGreaterThanOrEqualTo(sceneWidth / 2);
        assertThat(backstory.getMinY())
                .as("the backstory starts just below the header fields")
                .isGreaterThan(header.getMaxY())
                .isLessThan(header.getMaxY() + 60);
        assertThat(backstory.getMaxY())
                .as("and reaches down to the word meter above the status bar")
                .isGreaterThan(status.getMinY() - 70);
        assertThat(backstory.getHeight()).isGreaterThan(sceneHeight * 0.55);
        assertThat(inScene("#actions").getMinX())
                .as("the actions sit beside the backstory, not above it")
                .isGreaterThan(backstory.getMaxX());
    }

    /**
     * The language picker's placeholder, which ends in its own "…" (so {@link Truncation#truncatedLabels}
     * cannot tell it from a cut), is shown whole at the default text size: at 161 px the real window
     * showed "Add a langua…".
     */
    @Test
    void theLanguagePickersPlaceholderIsShownWhole() throws Exception {
        launch();
        size(1400, 900);
        robot.clickOn("#welcomeCreate");
        WaitForAsyncUtils.waitForFxEvents();
        String shown = WaitForAsyncUtils.asyncFx(() -> {
                    Node picker = robot.lookup("#addLanguage").query();
                    return picker.lookupAll(".list-cell").stream()
                            .filter(n -> n instanceof Labeled l
                                    && l.getText() != null
                                    && !l.getText().isEmpty())
                            .map(n -> Truncation.shown((Labeled) n))
                            .findFirst()
                            .orElse("(no cell with text)");
                })
                .get();
        assertThat(shown).isEqualTo("Add a language\u2026");
    }

    @Test
    void noFieldMovesWhenAValidationMessageComesOrGoes() throws Exception {
        launch();
        size(1400, 900);
        robot.clickOn("#welcomeCreate");
        robot.clickOn("#name").type(KeyCode.TAB); // left empty once: the hint gives way to the message
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.text("#nameProblem")).isEqualTo("The name is required.");
        double languages = inScene("#languageChips").getMinY();
        double backstory = inScene("#backstory").getMinY();

        robot.clickOn("#name").write("Ann");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.text("#nameProblem")).as("the message went").isEmpty();
        assertThat(inScene("#languageChips").getMinY()).isEqualTo(languages);
        assertThat(inScene("#backstory").getMinY()).isEqualTo(backstory);

        for (String code : new String[] {"es-ES", "fr-FR", "ar", "hi-IN"}) {
            robot.clickOn("#addLanguage").write(code).type(KeyCode.DOWN).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(app.text("#languagesProblem")).as("a refusal's message came").isNotEmpty();
        assertThat(inScene("#backstory").getMinY()).isEqualTo(backstory);
    }
}
