package io.characterstudio.app;

import io.characterstudio.testsupport.AppDriver;
import io.characterstudio.testsupport.ChildJava;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app is killed (a real separate process) after typing; the next start offers the draft back,
 * also when the journal's first write of it failed and only its retry wrote it.
 */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    private Process child;
    private AppDriver app;

    @AfterEach
    void close() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aDraftTypedBeforeTheProcessWasKilledIsOfferedBackAndRestored() throws Exception {
        typeThenKill("Lost Words", "journalled");
        restoreAfterRestart("Lost Words", true);
    }

    @Test
    void aDraftWhoseFirstWriteFailedIsRetriedAndRestoredAfterAKill() throws Exception {
        typeThenKill("Kept Words", "journalled after a failed write", "refuse-first-write");
        restoreAfterRestart("Kept Words", false);
    }

    private void typeThenKill(String name, String expected, String... mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("testfx.robot", "testfx.headless", "prism.order", "glass.platform", "monocle.platform",
                "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(TypingAppChild.class.getName(), dataDir.toString(), name));
        command.addAll(List.of(mode));
        child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(ChildJava.firstLine(child, Duration.ofSeconds(90))).isEqualTo(expected);
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        child = null;
    }

    private void restoreAfterRestart(String name, boolean screenshot) throws Exception {
        app = new AppDriver(dataDir).launch();
        app.dialog("restoreDraftDialog");
        if (screenshot) {
            app.screenshotOf("restoreDraftDialog", "restore-draft-dialog");
        }
        app.robot.clickOn("Restore");
        app.awaitMainWindow();
        app.waitFor(() -> app.text("#name").equals(name));
        assertThat(app.stage().getTitle()).startsWith("• " + name);
    }
}
