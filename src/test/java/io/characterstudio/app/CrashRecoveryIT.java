package io.characterstudio.app;

import io.characterstudio.testsupport.AppDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The app is killed (a real separate process) after typing; the next start offers the draft back. */
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("testfx.robot", "testfx.headless", "prism.order", "glass.platform", "monocle.platform",
                "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(TypingAppChild.class.getName(), dataDir.toString(), "Lost Words"));
        child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String said = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(90, TimeUnit.SECONDS);
        assertThat(said).isEqualTo("journalled");
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        child = null;

        app = new AppDriver(dataDir).launch();
        app.dialog("restoreDraftDialog");
        app.screenshotOf("restoreDraftDialog", "restore-draft-dialog");
        app.robot.clickOn("Restore");
        app.awaitMainWindow();
        app.waitFor(() -> app.text("#name").equals("Lost Words"));
        assertThat(app.stage().getTitle()).startsWith("• Lost Words");
    }
}
