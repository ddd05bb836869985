package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The real app, headless: Revert keeps the edits in the history and the status bar offers Undo
 * (a link, and Ctrl+Z), which puts them back as unsaved edits; History lists "Discarded by Revert".
 */
class RevertUndoIT extends AppWindowIT {

    private static final String SAVED = "Ivy tends the garden.";
    private static final String PASTED = "Ivy tends the garden by the sea, and the long chapter pasted here.";

    private String backstory() {
        return robot.lookup("#backstory").queryAs(TextArea.class).getText();
    }

    private void revert() throws Exception {
        robot.clickOn("#toolRevert");
        app.waitFor(() -> backstory().equals(SAVED));
        assertThat(app.text("#statusResult")).isEqualTo("Reverted: your edits are in History.");
        assertThat(robot.lookup("#statusUndo").query().isVisible()).isTrue();
    }

    /** Launches the app and creates "Ivy" with the backstory {@link #SAVED}. */
    private void createIvy() throws Exception {
        launch();
        robot.clickOn("#welcomeCreate").write("Ivy");
        robot.clickOn("#voice").write("Aria Female American").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#backstory").write(SAVED);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        app.waitFor(() -> !app.stage().getTitle().startsWith("\u2022"));
    }

    @Test
    void revertThenUndoPutsTheEditsBackAndHistoryKeepsThem() throws Exception {
        createIvy();
        robot.clickOn("#backstory")
                .press(KeyCode.CONTROL)
                .type(KeyCode.A)
                .release(KeyCode.CONTROL)
                .write(PASTED);
        assertThat(app.stage().getTitle()).startsWith("\u2022 Ivy");

        revert();
        robot.clickOn("#statusUndo");
        app.waitFor(() -> backstory().equals(PASTED));
        assertThat(app.stage().getTitle()).as("back as unsaved edits").startsWith("\u2022 Ivy");
        assertThat(robot.lookup("#statusUndo").query().isVisible()).isFalse();
        assertThat(app.sandboxClient().getByName("Ivy").fields().backstory()).isEqualTo(SAVED);

        revert();
        robot.clickOn("#library");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.waitFor(() -> backstory().equals(PASTED));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("historyDialog");
        ListView<?> revisions = robot.lookup("#historyList").queryAs(ListView.class);
        assertThat(revisions.getItems()).hasSize(3);
        assertThat(robot.from(revisions)
                        .lookup(".list-cell")
                        .nth(0)
                        .queryAs(ListCell.class)
                        .getText())
                .startsWith("Discarded by Revert \u00B7 ");
        robot.clickOn("Close");
    }

    @Test
    void afterUndoingARevertTheBackstorysOwnUndoStillStepsBackThroughTheEarlierTyping() throws Exception {
        createIvy();
        robot.clickOn("#backstory")
                .press(KeyCode.CONTROL)
                .type(KeyCode.END)
                .release(KeyCode.CONTROL)
                .write(" More.");
        String typed = SAVED + " More.";
        app.waitFor(() -> backstory().equals(typed));

        revert();
        robot.clickOn("#statusUndo");
        app.waitFor(() -> backstory().equals(typed));
        TextArea area = robot.lookup("#backstory").queryAs(TextArea.class);
        assertThat(area.isUndoable())
                .as("the typing before the revert can still be undone")
                .isTrue();
        for (int i = 0; i < 20 && !backstory().equals(SAVED); i++) {
            org.testfx.util.WaitForAsyncUtils.asyncFx(area::undo).get();
        }
        assertThat(backstory())
                .as("undone keystroke by keystroke back to the saved text")
                .isEqualTo(SAVED);
    }
}
