package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.ui.common.DialogFrame;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Insets;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * Every dialog's content has the same padding, from one rule of theme.css (the
 * {@link DialogFrame#CONTENT} style class), in the real window: the open dialog and About.
 */
class DialogPaddingIT extends AppWindowIT {

    private Insets contentPadding(String dialog) {
        AtomicReference<Insets> padding = new AtomicReference<>();
        robot.interact(() -> padding.set(robot.lookup("#" + dialog + " ." + DialogFrame.CONTENT)
                .queryAs(Region.class)
                .getPadding()));
        return padding.get();
    }

    @Test
    void theOpenDialogAndAboutHaveTheThemesContentPadding() throws Exception {
        launch();
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        Window open = app.dialog("openDialog");
        assertThat(contentPadding("openDialog")).isEqualTo(new Insets(8, 12, 0, 12));
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !open.isShowing());

        robot.press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
        robot.type(KeyCode.A); // Help > About
        app.dialog("aboutDialog");
        assertThat(contentPadding("aboutDialog")).isEqualTo(new Insets(8, 12, 0, 12));
        assertThat(robot.lookup("#aboutDialog ." + DialogFrame.CONTENT).queryAll())
                .as("one content node")
                .hasSize(1);
    }
}
