package io.characterstudio.app;

import io.characterstudio.testsupport.AppDriver;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** What the end-to-end tests of the real window share: a fresh data folder, the app, its robot. */
abstract class AppWindowIT {

    @TempDir
    Path dataDir;

    AppDriver app;
    FxRobot robot;

    /** Starts the app on {@link #dataDir} and waits for its main window. */
    AppDriver launch() throws Exception {
        app = new AppDriver(dataDir).launch().awaitMainWindow();
        robot = app.robot;
        return app;
    }

    /** Ctrl+O, {@code text} typed into the open dialog's field, Enter. */
    void typeInOpen(String text) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        app.dialog("openDialog");
        robot.clickOn("#openText").write(text).type(KeyCode.ENTER);
    }

    /** Sizes the main window and waits until it is laid out at that size. */
    void resizeWindow(double width, double height) throws Exception {
        robot.interact(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.stage().getScene().getRoot().layout());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (robot != null) {
            // A test that fails between a press and its release must not leave a modifier held for the
            // next test of this JVM (a held Alt turns its typing into menu mnemonics).
            robot.release(new javafx.scene.input.KeyCode[0]);
            robot.release(new javafx.scene.input.MouseButton[0]);
        }
        if (app != null) {
            app.close();
        }
    }
}
