package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.sandbox.FaultAdminClient;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * The real window with a cast of 520: a bulk refresh's dry run and report are summarised,
 * filterable and closed by Escape; the status bar's Cancel stays put; after a cancel the report
 * offers to run the ones not run, not to retry failures; the bulk shortcuts work.
 */
class BulkReportsIT extends AppWindowIT {

    private static final int CAST = 520;

    @Test
    void aDryRunAndAReportOfHundredsOfLinesAreSummarisedFilterableAndClosedByEscape() throws Exception {
        launch();
        ConvaiClient sandbox = app.sandboxClient();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CAST; i++) {
            ids.add(sandbox.create(new CharacterFields(
                    String.format("Cast %03d", i), "AriaNeural", "Story " + i + ".", List.of(), List.of("en-US"))));
        }
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Synced: " + CAST + " characters"));
        app.waitFor(() ->
                robot.lookup("#library").queryAs(ListView.class).getItems().size() == CAST);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").equals(CAST + " selected."));
        for (int i = 0; i < 5; i++) {
            sandbox.update(ids.get(100 + i), new CharacterUpdate("Renamed " + i, null, null, null, null), false);
        }

        // Shift+F5: the dry run, summarised in one line, resizable; Escape closes it and nothing runs.
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        Stage plan = (Stage) app.dialog("bulkPlanDialog");
        assertThat(app.text("#bulkPlanLinesSummary"))
                .isEqualTo("Refresh " + CAST + " characters: " + CAST + " to read again");
        assertThat(robot.lookup("#bulkPlanLines").queryAs(ListView.class).getItems())
                .hasSize(CAST);
        assertThat(plan.isResizable()).isTrue();
        assertThat(plan.getHeight())
                .as("the list uses the screen, not 11 lines")
                .isGreaterThan(400);
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> robot.lookup("#bulkPlanDialog").tryQuery().isEmpty());
        assertThat(app.text("#statusRunning")).isEmpty();

        // Run it: the report says which changed on the server, and its filter shows just those.
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        app.dialog("bulkPlanDialog");
        robot.clickOn("#bulkPlanRun");
        app.dialog("reportDialog");
        assertThat(app.text("#reportSummary"))
                .startsWith(CAST + " done (")
                .contains("5 changed on the server")
                .contains((CAST - 5) + " read for the first time")
                .endsWith(", 0 failed, 0 skipped.");
        ListView<?> lines = robot.lookup("#reportText").queryAs(ListView.class);
        assertThat(lines.getItems()).hasSize(CAST).first().asString().startsWith("changed");
        assertThat(robot.lookup("#filterChanged")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .getText())
                .isEqualTo("Changed (5)");
        assertThat(robot.lookup("#filterFailed").tryQuery())
                .as("no failures, no filter for them")
                .isEmpty();
        robot.clickOn("#filterChanged");
        app.waitFor(() -> lines.getItems().size() == 5);
        assertThat(lines.getItems())
                .allSatisfy(l ->
                        assertThat(l.toString()).startsWith("changed   Cast 10").contains("Renamed"));
        assertThat(robot.lookup("#reportRetry").tryQuery()).isEmpty();
        assertThat(robot.lookup("#reportRunSkipped").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> robot.lookup("#reportDialog").tryQuery().isEmpty());

        // A slow run: Cancel stays in its place while the progress line grows, and the bar is readable.
        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"latency_ms\": 150}");
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        app.dialog("bulkPlanDialog");
        robot.clickOn("#bulkPlanRun");
        app.waitFor(() -> app.text("#statusRunning").startsWith("Refreshing 0 of"));
        Node cancel = robot.lookup("#bulkCancel").query();
        double x = cancel.localToScene(cancel.getBoundsInLocal()).getMinX();
        app.waitFor(() -> app.text("#statusRunning").contains("per second"));
        assertThat(cancel.localToScene(cancel.getBoundsInLocal()).getMinX()).isEqualTo(x);
        assertThat(robot.lookup("#bulkProgress").query().getBoundsInLocal().getWidth())
                .isGreaterThanOrEqualTo(180);
        robot.clickOn("#bulkCancel");
        app.dialog("reportDialog");
        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"reset\": true}");
        assertThat(app.text("#reportSummary")).matches("Cancelled: \\d+ done.*, \\d+ not run\\.");
        assertThat(robot.lookup("#reportRetry").tryQuery())
                .as("nothing failed: no retry")
                .isEmpty();
        Button close = robot.lookup("#reportClose").queryAs(Button.class);
        app.waitFor(close::isFocused);
        assertThat(close.isDefaultButton())
                .as("Enter closes; it never starts a run")
                .isTrue();
        Button runSkipped = robot.lookup("#reportRunSkipped").queryAs(Button.class);
        assertThat(runSkipped.getText()).matches("Run the \\d+ not run");
        assertThat(runSkipped.isDefaultButton()).isFalse();
        robot.clickOn(runSkipped);
        app.dialog("bulkPlanDialog");
        robot.clickOn("#bulkPlanRun");
        app.waitFor(() -> robot.lookup("#reportDialog").tryQuery().isPresent()
                && app.text("#reportSummary").endsWith(", 0 failed, 0 skipped."));
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> robot.lookup("#reportDialog").tryQuery().isEmpty());
    }
}
