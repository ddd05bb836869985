package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library's width survives a narrow window: shown with F9 in a narrow window and widened
 * again, it gets back the width it had (no squeezed, cut labels until the divider is dragged);
 * at the 900x520 minimum with the library shown, either nothing is cut or it stays folded.
 */
class LibraryWidthIT extends AppWindowIT {

    @Test
    void widenedAfterANarrowWindowTheLibraryGetsItsWidthBack() throws Exception {
        launch();
        app.sandboxClient()
                .create(new CharacterFields(
                        "Cora Crane", "ChristopherNeural", "c", List.of(), List.of("en-US", "es-ES", "fr-FR")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Synced"));
        robot.clickOn("Cora Crane");
        app.waitFor(() -> app.text("#name").equals("Cora Crane"));
        resize(1400, 900);
        double wide = libraryWidth();
        assertThat(wide).as("the library at 1400x900").isGreaterThan(250);

        Stage stage = app.stage();
        resize(stage.getMinWidth(), stage.getMinHeight());
        assertThat(libraryWidth()).as("folded away by itself").isZero();
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        resize(stage.getMinWidth(), stage.getMinHeight());
        if (libraryWidth() > 0) {
            assertThat(fx(this::cut))
                    .as("the library shown at the minimum: everything fits")
                    .isEmpty();
        }

        resize(1400, 900);
        app.waitFor(() -> libraryWidth() > 0);
        assertThat(libraryWidth())
                .as("widened again: the library's width is back")
                .isCloseTo(wide, org.assertj.core.data.Offset.offset(2.0));
        assertThat(fx(this::cut)).as("nothing cut once wide again").isEmpty();
    }

    /**
     * A real window (GTK) goes through several sizes on its way, and the split pane keeps its
     * divider as a fraction: narrowed and widened in steps, with and without F9, the library comes
     * back at its width with nothing cut, the "too narrow" message goes once the window is wide,
     * and a width forced by the narrow window does not come back after a restart.
     */
    @Test
    void narrowedAndWidenedInStepsTheLibraryKeepsItsWidthAcrossARestart() throws Exception {
        launch();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        app.waitFor(() -> robot.lookup("#name").tryQuery().isPresent());
        resize(1400, 900);
        double wide = libraryWidth();
        assertThat(wide).as("the library at 1400x900").isGreaterThan(280);

        steps(1400, 900);
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.text("#statusResult"))
                .as("F9 at 900 px is refused and says why")
                .containsIgnoringCase("too narrow");
        steps(900, 1400);
        app.waitFor(() -> libraryWidth() > 0);
        assertThat(libraryWidth())
                .as("widened in steps after F9: the library's width is back")
                .isCloseTo(wide, org.assertj.core.data.Offset.offset(2.0));
        assertThat(app.text("#statusResult")).as("the window is wide again").doesNotContainIgnoringCase("too narrow");
        assertThat(fx(this::cut)).as("nothing cut once wide again").isEmpty();

        // What GTK's order did: queued work placed the divider from the split's old (narrow) width.
        robot.interact(() -> ((javafx.scene.control.SplitPane)
                        robot.lookup("#mainSplit").query())
                .setDividerPositions(215.0 / 1400));
        resize(1400, 900);
        assertThat(libraryWidth())
                .as("a divider placed from a stale width is put back at the next layout")
                .isCloseTo(wide, org.assertj.core.data.Offset.offset(2.0));

        steps(1400, 900);
        steps(900, 1400);
        app.waitFor(() -> libraryWidth() > 0);
        assertThat(libraryWidth())
                .as("widened in steps without F9")
                .isCloseTo(wide, org.assertj.core.data.Offset.offset(2.0));

        steps(1400, 1000);
        Stage window = app.stage();
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        app.waitFor(() -> !window.isShowing());
        app.close();
        launch();
        resize(1400, 900);
        app.waitFor(() -> libraryWidth() > 0);
        assertThat(libraryWidth())
                .as("after a restart: the user's width, not the narrow window's")
                .isCloseTo(wide, org.assertj.core.data.Offset.offset(2.0));
    }

    /** Resizes the window from {@code from} to {@code to} px wide in 50 px steps, each laid out, as GTK does. */
    private void steps(double from, double to) throws Exception {
        double step = to > from ? 50 : -50;
        for (double w = from + step; step > 0 ? w <= to : w >= to; w += step) {
            resize(w, Math.max(520, Math.min(900, w * 900 / 1400)));
        }
    }

    private List<String> cut() {
        List<String> found = new ArrayList<>();
        for (String id : List.of("#libraryPane", "#mainSplit")) {
            robot.lookup(id).tryQuery().filter(n -> n.getScene() != null).ifPresent(n -> {
                found.addAll(Truncation.truncatedLabels((Parent) n));
                found.addAll(Truncation.truncatedPrompts((Parent) n));
            });
        }
        return found;
    }

    private double libraryWidth() {
        return robot.lookup("#libraryPane")
                .tryQuery()
                .filter(n -> n.getScene() != null && n.isVisible())
                .map(n -> ((Parent) n).getLayoutBounds().getWidth())
                .orElse(0.0);
    }

    private void resize(double width, double height) throws Exception {
        robot.interact(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
