package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the main window starts (its first pulses, the library read, the layout that folds or
 * places the library, the editor's narrow layouts), no button a user could already be clicking is
 * taken out of the window (the toolbar's own overflow handling aside): a click on the welcome's "Create a character" must find it in the
 * scene ({@link CrashRecoveryIT}'s child once found it detached under load). Every node added to
 * the main window's scene graph is watched on the FX thread from the moment the main view becomes
 * the window's root.
 */
class StartupDetachIT extends AppWindowIT {

    private final List<String> detached = Collections.synchronizedList(new ArrayList<>());
    private Parent mainRoot;

    @Test
    void noButtonLeavesTheWindowWhileItStarts() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> stage.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.rootProperty().addListener((o, old, root) -> watchMain(scene, root));
            }
        }));
        launch();
        app.waitFor(() -> robot.lookup("#welcomeCreate").tryQuery().isPresent());
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(mainRoot)
                .as("the main view became the window's root while watched")
                .isNotNull();
        assertThat(detached)
                .as("buttons taken out of the window while it started")
                .isEmpty();
    }

    /** From the main view's root on (the start view's root is swapped out once, by design). */
    private void watchMain(Scene scene, Parent root) {
        if (root != null && root.lookup("#mainSplit") != null && mainRoot == null) {
            mainRoot = root;
            watch(root);
            scene.rootProperty().addListener((o, old, now) -> detached.add("the main root, for " + now));
        }
    }

    private void watch(Node node) {
        if (node instanceof ToolBar) {
            // JavaFX's ToolBar takes its items out and puts them back as its width settles (its
            // overflow menu): they are measured in the first pulses, before a click could reach them.
            return;
        }
        if (node instanceof ButtonBase button && button.getId() != null) {
            button.sceneProperty().addListener((o, was, now) -> {
                if (was != null && now == null) {
                    detached.add(button.getId());
                }
            });
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::watch);
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(this::watch);
                }
            });
        }
    }
}
