package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * Dialogs (windows of their own) follow View > Text size like the main window: opened at 150 % their
 * text is larger and nothing is cut, and a change while one is open (its own Ctrl+plus / Ctrl+minus)
 * fits the window to the new size, keeping what was typed.
 */
class DialogTextSizeIT extends AppWindowIT {

    private double fontSize(String query) {
        AtomicReference<Double> size = new AtomicReference<>();
        robot.interact(() -> size.set(
                robot.lookup(query).queryAs(javafx.scene.control.Control.class) instanceof TextField f
                        ? f.getFont().getSize()
                        : robot.lookup(query).queryAs(Button.class).getFont().getSize()));
        return size.get();
    }

    private List<String> cutIn(String query) {
        AtomicReference<List<String>> cut = new AtomicReference<>();
        robot.interact(() -> {
            Parent pane = robot.lookup(query).queryAs(Parent.class);
            cut.set(new java.util.ArrayList<>(Truncation.truncatedLabels(pane)));
            cut.get().addAll(Truncation.truncatedPrompts(pane));
        });
        return cut.get();
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void aDialogOpenedAtALargerSizeHasLargerTextNothingCutAndFollowsAChangeWhileOpen() throws Exception {
        launch();
        ctrl(KeyCode.O);
        app.dialog("openDialog");
        double normal = fontSize("#openText");
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> robot.lookup("#openDialog").tryQuery().isEmpty());

        robot.interact(() -> robot.lookup("#librarySearch").query().requestFocus());
        for (int i = 0; i < 3; i++) { // 110, 125, 150 %
            ctrl(KeyCode.EQUALS);
        }
        app.waitFor(() -> app.stage().getScene().getRoot().getStyle().contains("21px"));
        ctrl(KeyCode.O);
        Window open = app.dialog("openDialog");
        app.waitFor(open::isFocused);
        assertThat(fontSize("#openText")).as("the open dialog's field at 150 %").isGreaterThanOrEqualTo(normal * 1.45);
        assertThat(cutIn("#openDialog")).isEmpty();

        app.waitFor(() -> robot.lookup("#openText").query().isFocused());
        robot.type(KeyCode.R, KeyCode.A, KeyCode.Y);
        app.waitFor(() -> "ray".equals(app.text("#openText")));
        double widthAt150 = open.getWidth();
        ctrl(KeyCode.PLUS); // in the dialog, while it is open: 175 %, the window grows to fit
        app.waitFor(() -> Math.abs(fontSize("#openText") - normal * 1.75) < 0.6);
        app.waitFor(() -> open.getWidth() > widthAt150);
        assertThat(cutIn("#openDialog"))
                .as("nothing cut at 175 %, reached while open")
                .isEmpty();

        ctrl(KeyCode.MINUS);
        ctrl(KeyCode.MINUS); // 125 %: the window shrinks back to its content
        app.waitFor(() -> Math.abs(fontSize("#openText") - normal * 1.25) < 0.6);
        app.waitFor(() -> open.getWidth() < widthAt150);
        assertThat(cutIn("#openDialog")).as("nothing cut at 125 %").isEmpty();
        assertThat(open.isShowing()).isTrue();
        assertThat(app.text("#openText")).as("what was typed is kept").isEqualTo("ray");
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !open.isShowing());

        robot.press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
        robot.type(KeyCode.A); // Help > About
        app.dialog("aboutDialog");
        Button close = robot.lookup("#aboutDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> "Close".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        AtomicReference<Double> closeSize = new AtomicReference<>();
        robot.interact(() -> closeSize.set(close.getFont().getSize()));
        assertThat(closeSize.get()).as("About at 125 %").isGreaterThanOrEqualTo(normal * 1.2);
        assertThat(cutIn("#aboutDialog")).isEmpty();
    }
}
