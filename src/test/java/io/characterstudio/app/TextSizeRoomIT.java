package io.characterstudio.app;

import io.characterstudio.model.CharacterFields;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.geometry.Orientation;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assertj.core.api.SoftAssertions;

/**
 * At the largest text size the app offers (View > Text size, 200 %) in a 1400x900 window, the room
 * grows with the text: nothing in the main window (a character open, a cast in the library), in
 * History or in Recover discarded new characters is cut; the Recover list shows several whole rows;
 * the Text size submenu says the size; and Ctrl+0 brings every width back to what it was.
 */
class TextSizeRoomIT extends AppWindowIT {

    /** The widths Ctrl+0 must bring back. */
    private static final List<String> SIZED = List.of("#libraryPane", "#librarySort", "#libraryFilter",
            "#librarySearch", "#connectionSelector", "#name", "#voice", "#editorSide");

    @Test
    void theLargestTextSizeGetsTheRoomForItsTextAndCtrl0BringsTheSizesBack() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        launch();
        robot.interact(() -> {
            app.stage().setWidth(1400);
            app.stage().setHeight(900);
        });
        var sandbox = app.sandboxClient();
        sandbox.create(new CharacterFields("Seraphina Willowbrook", "AriaNeural", "s", List.of(), List.of("en-US")));
        sandbox.create(new CharacterFields("Cora Crane", "ChristopherNeural", "Cora keeps the lighthouse.",
                List.of("Wave"), List.of("en-US", "es-ES", "fr-FR")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Synced"));

        // A new character discarded by Revert: Edit > Recover discarded new characters lists it.
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("Pell Marrow");
        robot.clickOn("#backstory").write("Pell mends nets.");
        robot.clickOn("#toolRevert");
        app.waitFor(() -> app.text("#statusResult").startsWith("Reverted"));

        robot.clickOn("Cora Crane");
        app.waitFor(() -> app.text("#name").equals("Cora Crane"));
        settle();
        Map<String, Double> before = widths();
        double icon = fx(() -> iconHeight());

        robot.interact(() -> robot.lookup("#library").query().requestFocus());
        for (int i = 0; i < 8; i++) { // up to the largest step; it stops there
            ctrl(KeyCode.EQUALS);
        }
        app.waitFor(() -> app.stage().getScene().getRoot().getStyle().contains("28px"));
        settle();
        app.screenshot("text-size-200");
        soft.assertThat(fx(() -> cut(app.stage().getScene().getRoot()))).as("nothing cut in the main window at 200 %")
                .isEmpty();
        soft.assertThat(fx(this::textSizeMenu)).as("the submenu says the size").contains("200");
        soft.assertThat(fx(() -> iconHeight())).as("the toolbar's icons grow with the text").isGreaterThan(icon * 1.8);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        var history = app.dialog("historyDialog");
        settle();
        soft.assertThat(fx(() -> cut(history.getScene().getRoot()))).as("nothing cut in History at 200 %").isEmpty();
        soft.assertThat(fx(() -> sideways(history.getScene().getRoot().lookup("#historyList"))))
                .as("History's revision list needs no sideways scrolling").isFalse();
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !history.isShowing());

        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        robot.clickOn("#menuRecoverDiscarded");
        var recover = app.dialog("recoverDiscardedDialog");
        settle();
        soft.assertThat(fx(() -> cut(recover.getScene().getRoot()))).as("nothing cut in Recover at 200 %").isEmpty();
        ListView<?> list = robot.lookup("#recoverDiscardedList").queryAs(ListView.class);
        soft.assertThat(fx(() -> {
            ListCell<?> cell = robot.from(list).lookup(".list-cell").queryAs(ListCell.class);
            return list.getHeight() / cell.getHeight();
        })).as("Recover's list is three rows tall or more at 200 %").isGreaterThanOrEqualTo(3.0);
        soft.assertThat(fx(() -> {
            ListCell<?> cell = robot.from(list).lookup(".list-cell").queryAs(ListCell.class);
            Node text = cell.lookup(".text");
            return text.getBoundsInParent().getMaxY() <= cell.getHeight() + 0.5;
        })).as("its row is whole").isTrue();
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !recover.isShowing());

        robot.interact(() -> robot.lookup("#library").query().requestFocus());
        ctrl(KeyCode.DIGIT0);
        app.waitFor(() -> app.stage().getScene().getRoot().getStyle().isEmpty());
        settle();
        Map<String, Double> after = widths();
        for (String id : SIZED) {
            soft.assertThat(after.get(id)).as("the width of %s after Ctrl+0", id).isCloseTo(before.get(id),
                    org.assertj.core.data.Offset.offset(1.5));
        }
        soft.assertThat(fx(this::textSizeMenu)).contains("100");
        soft.assertThat(robot.lookup("#backstory").queryAs(TextArea.class).getText()).isEqualTo("Cora keeps the lighthouse.");
        soft.assertAll();
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, Double> widths() throws Exception {
        return fx(() -> {
            Map<String, Double> found = new LinkedHashMap<>();
            for (String id : SIZED) {
                Node node = app.stage().getScene().getRoot().lookup(id);
                Bounds b = node.getLayoutBounds();
                found.put(id, b.getWidth());
            }
            return found;
        });
    }

    private double iconHeight() {
        return ((javafx.scene.control.Button) app.stage().getScene().getRoot().lookup("#toolSave")).getGraphic()
                .getLayoutBounds().getHeight();
    }

    private String textSizeMenu() {
        MenuBar bar = (MenuBar) app.stage().getScene().getRoot().lookup("#mainMenuBar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuTextSize".equals(i.getId())).map(i -> ((Menu) i).getText()
                        + ((Menu) i).getItems().stream().filter(c -> c instanceof javafx.scene.control.RadioMenuItem r
                        && r.isSelected()).map(c -> " " + c.getText()).findFirst().orElse(""))
                .findFirst().orElseThrow();
    }

    private static List<String> cut(Parent root) {
        List<String> found = new ArrayList<>(Truncation.truncatedLabels(root));
        found.addAll(Truncation.truncatedPrompts(root));
        return found;
    }

    private static boolean sideways(Node list) {
        return list.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible());
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
