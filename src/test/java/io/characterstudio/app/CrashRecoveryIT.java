package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.testsupport.AppDriver;
import io.characterstudio.testsupport.ChildJava;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app is killed (a real separate process) after typing; the next start offers the draft back,
 * also when the journal's first write of it failed and only its retry wrote it.
 */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

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
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        for (String p : List.of(
                "testfx.robot",
                "testfx.headless",
                "prism.order",
                "glass.platform",
                "monocle.platform",
                "java.awt.headless",
                "headless.geometry")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(TypingAppChild.class.getName(), dataDir.toString(), name));
        command.addAll(List.of(mode));
        Path errors = logs.resolve("child-errors-" + name.replace(' ', '-') + ".txt");
        child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String line = ChildJava.firstLine(child, Duration.ofSeconds(90));
        // The child's standard error says why it ended without its line (a wait that timed out, say).
        assertThat(line)
                .as(() -> "the child's standard error:\n" + tail(errors))
                .isEqualTo(expected);
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        child = null;
    }

    private static String tail(Path file) {
        try {
            String all = java.nio.file.Files.readString(file);
            return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
        } catch (java.io.IOException e) {
            return "(unreadable: " + e + ")";
        }
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
