package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window at its minimum size, at 1024x700, at the default size and at 1400x900: no label
 * of the menu bar, toolbar, status bar, library or editor is cut with "…"; the library folds away below
 * 1100 px and F9 shows and hides it (at the minimum, too narrow for both, F9 leaves it folded and says so).
 */
class WindowLayoutIT extends AppWindowIT {

    private static final List<String> CHECKED =
            List.of("#mainMenuBar", "#mainToolBar", "#statusBar", "#libraryPane", "#mainSplit");

    @Test
    void noLabelIsCutAndTheLibraryFoldsAwayWhenNarrow() throws Exception {
        launch();
        var sandbox = app.sandboxClient();
        sandbox.create(
                new CharacterFields("Bram Oakhart", "AriaNeural", "b", List.of(), List.of("en-US", "fr-FR", "de-DE")));
        sandbox.create(new CharacterFields("Seraphina Willowbrook", "AriaNeural", "s", List.of(), List.of("en-US")));
        // a long catalogue voice name and three languages: its row must not be cut at the default width
        sandbox.create(new CharacterFields(
                "Cora Crane", "ChristopherNeural", "c", List.of(), List.of("en-US", "es-ES", "fr-FR")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Synced"));
        robot.clickOn("Bram Oakhart");
        app.waitFor(() -> app.text("#name").equals("Bram Oakhart"));
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        app.dialog("cloneDialog");
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> robot.lookup("#library").queryListView().getItems().size() == 4);

        resize(1200, 780); // the default size: the library at its default width
        app.screenshot("layout-1200x780");
        assertThat(libraryShown()).as("shown at the default size").isTrue();
        assertThat(fx(() -> problems())).as("nothing cut at 1200x780").isEmpty();

        resize(1400, 900);
        assertThat(libraryShown()).as("shown at 1400x900").isTrue();
        assertThat(fx(() -> problems())).as("nothing cut at 1400x900").isEmpty();

        resize(1024, 700);
        assertThat(libraryShown()).as("folded away at 1024x700").isFalse();
        assertThat(fx(() -> problems())).as("nothing cut at 1024x700").isEmpty();

        Stage stage = app.stage();
        resize(stage.getMinWidth(), stage.getMinHeight());
        assertThat(stage.getWidth()).isEqualTo(stage.getMinWidth());
        assertThat(libraryShown()).as("folded away at the minimum size").isFalse();
        app.screenshot("layout-minimum");
        assertThat(fx(() -> problems())).as("nothing cut at the minimum size").isEmpty();
        assertThat(robot.lookup("#mainToolBar .tool-bar-overflow-button")
                        .tryQuery()
                        .filter(Node::isVisible))
                .as("every toolbar button fits at the minimum size")
                .isEmpty();
        app.screenshot("layout-minimum");

        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(libraryShown())
                .as("too narrow for the library beside the editor: it stays folded")
                .isFalse();
        assertThat(app.text("#statusResult")).containsIgnoringCase("too narrow").contains("widen the window");
        assertThat(fx(() -> Truncation.truncatedLabels(
                        (Parent) robot.lookup("#statusBar").query())))
                .as("the too-narrow message and its instruction are whole at the minimum size")
                .isEmpty();

        resize(1400, 900);
        app.waitFor(this::libraryShown);
        robot.clickOn("#librarySearch");
        robot.type(KeyCode.F9);
        app.waitFor(() -> !libraryShown());
        assertThat(fx(() -> stage.getScene().getFocusOwner() != null && focusIn("#mainSplit")))
                .as("hiding the library moves the focus to the editor")
                .isTrue();
        assertThat(fx(() -> stage.getScene().getFocusOwner().getId()))
                .as("to the backstory, not Name")
                .isEqualTo("backstory");
        assertThat(fx(() -> robot.lookup("#name").queryTextInputControl().getSelectedText()))
                .as("nothing selected")
                .isEmpty();
        assertThat(fx(() -> robot.lookup("#backstory").queryTextInputControl().getSelectedText()))
                .as("nothing selected")
                .isEmpty();

        resize(1024, 700);
        resize(1400, 900);
        assertThat(libraryShown())
                .as("hidden by the user: stays hidden when wide")
                .isFalse();
        robot.type(KeyCode.F9);
        app.waitFor(this::libraryShown);
        assertThat(fx(() -> focusIn("#librarySearch")))
                .as("F9 puts the cursor in the search field")
                .isTrue();
        robot.clickOn("#toolLibrary");
        app.waitFor(() -> !libraryShown());
        robot.clickOn("#toolLibrary");
        app.waitFor(this::libraryShown);
    }

    private List<String> problems() {
        List<String> found = new ArrayList<>();
        for (String id : CHECKED) {
            robot.lookup(id).tryQuery().filter(n -> n.getScene() != null).ifPresent(n -> {
                found.addAll(Truncation.truncatedLabels((Parent) n));
                found.addAll(Truncation.truncatedPrompts((Parent) n));
            });
        }
        return found;
    }

    private boolean libraryShown() {
        return robot.lookup("#libraryPane")
                .tryQuery()
                .map(n -> n.getScene() != null
                        && n.isVisible()
                        && ((Parent) n).getLayoutBounds().getWidth() > 0)
                .orElse(false);
    }

    private boolean focusIn(String id) {
        Node owner = app.stage().getScene().getFocusOwner();
        Node target = robot.lookup(id).query();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == target) {
                return true;
            }
        }
        return false;
    }

    private void resize(double width, double height) throws Exception {
        robot.interact(() -> {
            Stage stage = app.stage();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
