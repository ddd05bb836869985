package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.sandbox.FaultAdminClient;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, headless: a long "Not saved" banner (a server error in a narrow window) keeps to
 * its one reserved line, ends in "…", and carries the whole text in its tooltip and the status bar;
 * the form below does not move.
 */
class SaveBannerIT extends AppWindowIT {

    private double columnsTop() throws Exception {
        Node columns = robot.lookup("#editorColumns").query();
        return WaitForAsyncUtils.asyncFx(() -> columns.localToScene(0, 0).getY())
                .get();
    }

    @Test
    void aLongNotSavedBannerStaysOnItsOneLineWithTheWholeTextOnHoverAndInTheStatusBar() throws Exception {
        launch();
        Stage stage = app.stage();
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(stage.getMinWidth())).get();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("Cora Longname Of The Northern Reaches");
        robot.clickOn("#voice").write("Aria Female American").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#backstory").write("Words that must not be lost.");
        WaitForAsyncUtils.waitForFxEvents();
        double before = columnsTop();

        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"server_error_rate\": 1}");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        app.waitFor(() -> app.text("#editorError").startsWith("Not saved."));
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#editorError").queryAs(Label.class);
        String whole = banner.getText();
        assertThat(Truncation.truncatedLabels(banner.getParent()))
                .as("the banner is cut with an ellipsis")
                .isNotEmpty();
        assertThat(columnsTop()).as("the form stays where it was").isEqualTo(before);
        assertThat(banner.getTooltip()).isNotNull();
        assertThat(banner.getTooltip().getText()).isEqualTo(whole);
        assertThat(app.text("#statusResult"))
                .as("the status bar has the reason")
                .contains(whole.substring("Not saved. ".length()));
        FaultAdminClient.set(app.sandboxUri(), dataDir, "{}");
    }
}
