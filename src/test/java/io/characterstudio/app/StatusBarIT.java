package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.sandbox.FaultAdminClient;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The real app's status bar: a plain message during a bulk run leaves the run's progress line and spinner. */
class StatusBarIT extends AppWindowIT {

    @Test
    void selectAllDuringABulkRunLeavesItsProgressLineAndSpinner() throws Exception {
        launchWithThreeSelected();
        assertThat(robot.lookup("#library")
                        .queryAs(ListView.class)
                        .getSelectionModel()
                        .getSelectedItems())
                .hasSize(3);

        // Every answer of the sandbox now takes 8 s, so the run is still going while Select all speaks.
        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"latency_ms\": 8000}");
        robot.clickOn("Edit").clickOn("Delete selected characters…");
        app.dialog("bulkDeleteDialog");
        robot.clickOn("#bulkDeleteCount").write("3");
        robot.clickOn("#bulkDeleteButton");
        app.waitFor(() -> app.text("#statusRunning").startsWith("Deleting"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").equals("3 selected."));
        assertThat(app.text("#statusRunning")).as("the progress line stays").startsWith("Deleting");
        assertThat(robot.lookup("#statusSpinner").query().isVisible())
                .as("the spinner goes on")
                .isTrue();

        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"reset\": true}");
        app.dialog("reportDialog");
        robot.clickOn("Close");
        app.waitFor(() -> !robot.lookup("#statusSpinner").query().isVisible());
        assertThat(app.text("#statusRunning")).isEmpty();
    }

    @Test
    void aRunningBulkOperationKeepsTheStatusBarOneLineHighWithAFullCancelAndTheOldMessageGivesWay() throws Exception {
        launchWithThreeSelected();
        javafx.scene.layout.Region bar = robot.lookup("#statusBar").queryAs(javafx.scene.layout.Region.class);
        double height = bar.getHeight();

        // A failed run leaves a long red message.
        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"server_error_rate\": 1}");
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        app.dialog("bulkPlanDialog");
        robot.clickOn("#bulkPlanRun");
        app.dialog("reportDialog");
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> app.text("#statusResult").contains("3 failed"));
        assertThat(bar.getHeight()).as("a long message stays on one line").isEqualTo(height);

        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"reset\": true}");
        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"latency_ms\": 8000}");
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        app.dialog("bulkPlanDialog");
        robot.clickOn("#bulkPlanRun");
        app.waitFor(() -> app.text("#statusRunning").startsWith("Refreshing"));
        app.waitFor(
                () -> bar.getHeight() > 0 && robot.lookup("#bulkCancel").query().isVisible());
        assertThat(app.text("#statusResult"))
                .as("the previous run's message gives way")
                .isEmpty();
        assertThat(bar.getHeight())
                .as("the status bar does not grow when Cancel appears")
                .isEqualTo(height);
        List<String> cut = new java.util.ArrayList<>();
        org.testfx.util.WaitForAsyncUtils.asyncFx(
                        () -> cut.addAll(Truncation.truncatedLabels((javafx.scene.Parent) bar)))
                .get();
        assertThat(cut).as("Cancel and the progress line are whole").isEmpty();
        robot.clickOn("#bulkCancel");
        FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"reset\": true}");
        app.dialog("reportDialog");
        robot.type(KeyCode.ESCAPE);
    }

    /** Starts the app with Kai, Lu and Mo synced and all three selected. */
    private void launchWithThreeSelected() throws Exception {
        launch();
        ConvaiClient sandbox = app.sandboxClient();
        for (String name : List.of("Kai", "Lu", "Mo")) {
            sandbox.create(new CharacterFields(name, "AriaNeural", name + ".", List.of(), List.of("en-US")));
        }
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Synced: 3 characters"));
        robot.clickOn("Kai");
        app.waitFor(() -> app.text("#name").equals("Kai"));
        robot.press(KeyCode.SHIFT).clickOn("Mo").release(KeyCode.SHIFT);
    }
}
