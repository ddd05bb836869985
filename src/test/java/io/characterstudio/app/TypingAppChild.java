package io.characterstudio.app;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real app in a process of its own for {@link CrashRecoveryIT}: it starts on a data folder,
 * types a new character's name, waits until the draft is in the workspace, says "journalled",
 * and goes on running until it is killed.
 */
public final class TypingAppChild {

    private TypingAppChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(CharacterStudioApp.class, "--data-dir=" + dataDir);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#welcomeCreate").tryQuery().isPresent());
        robot.clickOn("#welcomeCreate").write(args[1]);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> draftCount(dataDir, args[1]) > 0);
        System.out.println("journalled");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Drafts whose fields hold the whole typed text: the throttled journal has caught up. */
    private static int draftCount(Path dataDir, String typed) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("workspace.db"));
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM drafts WHERE fields LIKE ?")) {
            ps.setString(1, "%\"" + typed + "\"%");
            ResultSet rs = ps.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        } catch (Exception e) {
            return 0;
        }
    }
}
