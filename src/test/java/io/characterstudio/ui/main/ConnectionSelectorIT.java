package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.ConnectionInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar's connection selector, by keyboard: a stray arrow key never switches; Return does. */
class ConnectionSelectorIT {

    private static final ConnectionInfo SANDBOX =
            new ConnectionInfo("sandbox", "Sandbox", URI.create("http://127.0.0.1:1"), true);
    private static final ConnectionInfo LIVE =
            new ConnectionInfo("live", "Studio", URI.create("https://api.convai.com"), false);

    private final FxRobot robot = new FxRobot();
    private final AtomicReference<ConnectionInfo> active = new AtomicReference<>(SANDBOX);
    private final List<ConnectionInfo> asked = new ArrayList<>();
    private ConnectionSelector selector;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            ObservableList<ConnectionInfo> all = FXCollections.observableArrayList(SANDBOX, LIVE);
            selector = new ConnectionSelector(all, active::get, asked::add, MainViewModel::describe);
            TextField other = new TextField();
            other.setId("other");
            stage.setScene(new Scene(new VBox(selector.combo(), other), 400, 300));
            stage.show();
            selector.combo().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(selector.combo().getScene().getWindow());
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> selector.combo().hide());
        FxToolkit.cleanupStages();
    }

    @Test
    void aStrayDownOpensTheListAndSwitchesNothingReturnSwitches() {
        assertThat(selector.combo().isFocused()).isTrue();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).as("a stray Down switches nothing").isEmpty();
        assertThat(selector.combo().isShowing()).isTrue();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).as("arrows move in the open list only").isEmpty();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(LIVE);
        assertThat(selector.combo().isFocused())
                .as("the focus stays on the selector")
                .isTrue();
    }

    @Test
    void escapeOrLeavingPutsBackTheActiveConnection() {
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).isEmpty();
        assertThat(selector.combo().getValue()).isEqualTo(SANDBOX);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selector.combo().getScene().getFocusOwner().getId()).isEqualTo("other");
        assertThat(asked).isEmpty();
    }
}
