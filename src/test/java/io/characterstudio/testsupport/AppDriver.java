package io.characterstudio.testsupport;

import io.characterstudio.app.CharacterStudioApp;
import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.RetryPolicy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app on a data folder, waits for its main window, and reaches its sandbox. */
public final class AppDriver {

    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");

    public final FxRobot robot = new FxRobot();
    private final Path dataDir;
    private Application app;

    public AppDriver(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    public AppDriver launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CharacterStudioApp.class, "--data-dir=" + dataDir);
        return this;
    }

    /** Waits until the main window shows (the status bar names the sandbox). */
    public AppDriver awaitMainWindow() throws Exception {
        waitFor(() -> robot.lookup("#statusConnection").tryQuery().isPresent());
        waitFor(() ->
                robot.lookup("#statusRunning").queryAs(Label.class).getText().isEmpty());
        return this;
    }

    /** Waits for a condition; on a time-out saves what the screen showed as {@code timeout.png}. */
    public void waitFor(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            int n = 0;
            for (Window w : robot.listTargetWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    Screenshots.save(robot.capture(w.getScene().getRoot()).getImage(), "timeout-" + n++);
                }
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    public Stage stage() {
        return (Stage) robot.lookup("#statusConnection").query().getScene().getWindow();
    }

    public String text(String query) {
        Node node = robot.lookup(query).query();
        if (node instanceof Label label) {
            return label.getText();
        }
        return ((javafx.scene.control.TextInputControl) node).getText();
    }

    /** A client of the app's own sandbox, to check its state from outside the app. */
    public ConvaiClient sandboxClient() throws Exception {
        Matcher m = URL.matcher(text("#statusConnection"));
        if (!m.find()) {
            throw new AssertionError("No sandbox URL in the status bar");
        }
        String key = Files.readString(dataDir.resolve("sandbox").resolve("sandbox-api-key"))
                .strip();
        return new ConvaiClient(
                ConvaiSettings.of(URI.create(m.group(1)), key).withRetryPolicy(RetryPolicy.NONE), SandboxWorld.JSON);
    }

    public URI sandboxUri() {
        Matcher m = URL.matcher(text("#statusConnection"));
        if (!m.find()) {
            throw new AssertionError("No sandbox URL in the status bar");
        }
        return URI.create(m.group(1));
    }

    public Window dialog(String id) throws Exception {
        waitFor(() -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).query().getScene().getWindow();
    }

    /** The ID of the focus owner of {@code window}, after the FX queue has run (null when none). */
    public String focusIn(Window window) {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.atomic.AtomicReference<String> id = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            Node owner = window.getScene().getFocusOwner();
            id.set(owner == null ? null : owner.getId());
        });
        return id.get();
    }

    /** Presses the keys of {@code chord} in order and releases them in reverse (Ctrl+Shift+D…). */
    public void keys(javafx.scene.input.KeyCode... chord) {
        for (javafx.scene.input.KeyCode k : chord) {
            robot.press(k);
        }
        for (int i = chord.length - 1; i >= 0; i--) {
            robot.release(chord[i]);
        }
    }

    /**
     * Types {@code text} (letters, digits, spaces) as key presses into the focused control of the
     * focused window; {@code write} sends its characters to a window of its own choosing, which is
     * not a dialog.
     */
    public void typeKeys(String text) {
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                robot.type(javafx.scene.input.KeyCode.SPACE);
            } else if (Character.isDigit(c)) {
                robot.type(javafx.scene.input.KeyCode.valueOf("DIGIT" + c));
            } else if (Character.isUpperCase(c)) {
                keys(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.getKeyCode(String.valueOf(c)));
            } else {
                robot.type(javafx.scene.input.KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))));
            }
        }
    }

    /** Saves the window that holds {@code #id} (a dialog, for example). */
    public void screenshotOf(String id, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(
                robot.capture(robot.lookup("#" + id).query().getScene().getRoot())
                        .getImage(),
                name);
    }

    public void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.capture(stage().getScene().getRoot()).getImage(), name);
    }
}
