package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.testsupport.Wcag;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The history reads older-to-newer, opens at the first change, and Escape closes its dialogs. */
class HistoryDialogIT extends AppWindowIT {

    private void save() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        app.waitFor(() -> !app.stage().getTitle().startsWith("\u2022"));
    }

    private void escapeCloses(String dialogId) throws Exception {
        app.dialog(dialogId);
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> robot.lookup("#" + dialogId).tryQuery().isEmpty());
    }

    private static String texts(TextFlow flow, String styleClass) {
        StringBuilder out = new StringBuilder();
        flow.getChildren().stream()
                .map(Text.class::cast)
                .filter(t -> t.getStyleClass().contains(styleClass))
                .forEach(t -> out.append(t.getText()));
        return out.toString();
    }

    @Test
    void theRevisionBeforeIsOnTheLeftAndTheNewWordsAreAdded() throws Exception {
        launch();
        robot.interact(() -> app.stage().setWidth(1400));
        robot.interact(() -> app.stage().setHeight(900));
        robot.clickOn("#welcomeCreate").write("Ivy");
        robot.clickOn("#voice").write("Aria Female American").type(KeyCode.DOWN).type(KeyCode.ENTER);
        String filler = "The garden wall runs along the lane. ".repeat(60);
        robot.interact(() -> robot.lookup("#backstory")
                .queryAs(javafx.scene.control.TextArea.class)
                .setText(filler + "Ivy tends the old garden by the sea."));
        save();
        robot.interact(() -> robot.lookup("#backstory")
                .queryAs(javafx.scene.control.TextArea.class)
                .setText(filler + "Ivy tends the new garden by the grey sea."));
        save();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("historyDialog");
        robot.clickOn("#historyAgainst").clickOn("The revision before");
        app.waitFor(() -> app.text("#historyOlderTitle").contains("before"));
        TextFlow older = robot.lookup("#historyDiffOlder").queryAs(TextFlow.class);
        TextFlow newer = robot.lookup("#historyDiffNewer").queryAs(TextFlow.class);
        assertThat(texts(older, "diff-removed")).isEqualTo("old ");
        assertThat(texts(newer, "diff-added")).isEqualTo("new grey ");
        assertThat(texts(newer, "diff-removed")).isEmpty();
        assertThat(app.text("#historyChangePosition")).isEqualTo("Change 1 of 2");
        ScrollPane scroll = robot.lookup("#historyDiffScroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue())
                .as("opened at the first change, far down")
                .isGreaterThan(0.5);
        for (String heading : List.of("#historyOlderTitle", "#historyNewerTitle")) {
            Label title = robot.lookup(heading).queryAs(Label.class);
            Bounds at = title.localToScene(title.getBoundsInLocal());
            Bounds pane = scroll.localToScene(scroll.getBoundsInLocal());
            assertThat(at.getMinY())
                    .as(heading + " stays in view above the scrolled text")
                    .isGreaterThanOrEqualTo(0)
                    .isGreaterThan(pane.getMinY() - 40);
            assertThat(at.getMaxY()).isLessThanOrEqualTo(pane.getMinY() + 1);
        }
        robot.type(KeyCode.F7);
        assertThat(app.text("#historyChangePosition")).isEqualTo("Change 2 of 2");
        robot.press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        assertThat(app.text("#historyChangePosition")).isEqualTo("Change 1 of 2");
        assertThat(robot.lookup("#historyNextChange")
                        .queryAs(Button.class)
                        .getTooltip()
                        .getText())
                .contains("F7");
        double screenWidth = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth();
        assertThat(scroll.getScene().getWindow().getWidth())
                .as("room for a side-by-side diff")
                .isGreaterThanOrEqualTo(Math.min(1100, screenWidth * 0.95) - 1);
        // Smaller, then back: the window never leaves the (headless) screen, whose frame buffer cannot
        // take a window that reaches past its edge.
        double full = scroll.getHeight();
        robot.interact(() -> scroll.getScene()
                .getWindow()
                .setHeight(scroll.getScene().getWindow().getHeight() - 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getHeight()).as("the panes use the dialog's height").isLessThan(full - 50);
        robot.interact(() -> scroll.getScene()
                .getWindow()
                .setHeight(scroll.getScene().getWindow().getHeight() + 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getHeight()).isGreaterThan(full - 5);
        app.screenshotOf("historyDialog", "history-dialog");
        escapeCloses("historyDialog");
        // Opened again, it still follows the selection (the first opening's listeners are gone).
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("historyDialog");
        ListView<?> list = robot.lookup("#historyList").queryAs(ListView.class);
        robot.clickOn(robot.from(list).lookup(".list-cell").nth(1).queryAs(ListCell.class));
        app.waitFor(() -> app.text("#historyOlderTitle").contains("No revision before"));
        escapeCloses("historyDialog");
    }

    /** The dark theme's dialogs: no white first frame, and a visible 1 px edge against the window behind. */
    @Test
    void darkDialogsAreDarkFromTheFirstFrameAndHaveAnEdge() throws Exception {
        launch();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(
                () -> javafx.application.Application.getUserAgentStylesheet().contains("dark"));
        robot.clickOn("#welcomeCreate").write("Uma");
        robot.clickOn("#voice").write("Aria Female American").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#backstory").write("Uma keeps bees.");
        save();
        // The first frame: the scene is filled (and the pane styled) before the window shows.
        java.util.concurrent.atomic.AtomicReference<Object> fillAtShow =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Image> frameAtShow =
                new java.util.concurrent.atomic.AtomicReference<>();
        javafx.collections.ListChangeListener<javafx.stage.Window> watch = c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w.getScene() != null
                            && w.getScene().getRoot().getId() != null
                            && w.getScene().getRoot().getId().equals("historyDialog")) {
                        fillAtShow.set(w.getScene().getFill());
                        frameAtShow.set(w.getScene().snapshot(null));
                    }
                }
            }
        };
        robot.interact(() -> javafx.stage.Window.getWindows().addListener(watch));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("historyDialog");
        robot.interact(() -> javafx.stage.Window.getWindows().removeListener(watch));
        assertThat(fillAtShow.get())
                .as("the scene's fill when the window shows")
                .isInstanceOf(Color.class);
        assertThat(Wcag.luminance(argb((Color) fillAtShow.get())))
                .as("a dark fill, not white")
                .isLessThan(0.05);
        Image first = frameAtShow.get();
        for (int[] at : new int[][] {
            {2, 2},
            {(int) first.getWidth() - 3, (int) first.getHeight() - 3},
            {(int) first.getWidth() / 2, (int) first.getHeight() / 2}
        }) {
            assertThat(Wcag.luminance(first.getPixelReader().getArgb(at[0], at[1])))
                    .as("the first frame at " + at[0] + "," + at[1])
                    .isLessThan(0.05);
        }
        edgeIsVisible("historyDialog");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Help").clickOn("About Character Studio");
        edgeIsVisible("aboutDialog");
        robot.type(KeyCode.ESCAPE);
    }

    private void edgeIsVisible(String dialogId) throws Exception {
        app.dialog(dialogId);
        javafx.scene.Node pane = robot.lookup("#" + dialogId).query();
        java.util.concurrent.atomic.AtomicReference<Image> shot = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shot.set(pane.getScene().snapshot(null)));
        Image image = shot.get();
        int y = (int) image.getHeight() / 2;
        int edge = image.getPixelReader().getArgb(0, y);
        int inside = image.getPixelReader().getArgb(4, y);
        assertThat(Wcag.ratio(edge, inside))
                .as(dialogId + ": its left edge " + Wcag.hex(edge) + " against " + Wcag.hex(inside))
                .isGreaterThanOrEqualTo(3.0);
        int right = image.getPixelReader().getArgb((int) image.getWidth() - 1, y);
        assertThat(Wcag.ratio(right, inside)).as(dialogId + ": its right edge").isGreaterThanOrEqualTo(3.0);
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24
                | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void escapeClosesTheDialogsAndTheDeleteDialogSaysWhatIsTrue() throws Exception {
        launch();
        robot.clickOn("#welcomeCreate").write("Kim");
        robot.clickOn("#voice").write("Aria Female American").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#backstory").write("Kim.");
        save();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DELETE).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("deleteDialog");
        Button delete = robot.lookup("#deleteConfirmButton").queryAs(Button.class);
        assertThat(delete.getText()).isEqualTo("Delete");
        assertThat(app.text("#deleteConfirmMessage")).contains("Trash").doesNotContain("cannot be recovered");
        app.screenshotOf("deleteDialog", "delete-dialog");
        escapeCloses("deleteDialog");
        for (List<String> menu : List.of(
                List.of("File", "Trash…"),
                List.of("Help", "About Character Studio"),
                List.of("Connection", "Add connection…"),
                List.of("Edit", "Find and replace across characters…"))) {
            robot.clickOn(menu.get(0)).clickOn(menu.get(1));
            String id = switch (menu.get(1)) {
                case "Trash…" -> "trashDialog";
                case "About Character Studio" -> "aboutDialog";
                case "Add connection…" -> "connectionDialog";
                default -> "findReplaceDialog";
            };
            escapeCloses(id);
        }
    }
}
