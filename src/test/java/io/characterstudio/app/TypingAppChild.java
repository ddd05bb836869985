package io.characterstudio.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.characterstudio.service.DraftJournal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app in a process of its own for {@link CrashRecoveryIT}: it starts on a data folder,
 * types a new character's name, waits until the draft is in the workspace, says "journalled",
 * and goes on running until it is killed. With a third argument "refuse-first-write" it holds the
 * workspace's write lock while typing, so the journal's first write fails (SQLite busy); once the
 * journal has logged that failure it lets go, and says "journalled after a failed write" when the
 * journal's retry has written the draft without any further typing.
 */
public final class TypingAppChild {

    private TypingAppChild() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        boolean refuseFirstWrite = args.length > 2 && args[2].equals("refuse-first-write");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(CharacterStudioApp.class, "--data-dir=" + dataDir);
        FxRobot robot = new FxRobot();
        // Looked up on the FX thread, and only once it is in the showing window: read from this
        // thread, the scene graph can be caught while the main view is becoming the window's root,
        // its buttons found under the new root before they are given its scene (TestFX's click then
        // failed on a null scene under load).
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#welcomeCreate")
                                .tryQuery()
                                .map(n -> n.getScene() != null
                                        && n.getScene().getWindow() != null
                                        && n.getScene().getWindow().isShowing())
                                .orElse(false))
                        .get());
        Connection lock = refuseFirstWrite ? holdWriteLock(dataDir) : null;
        CountDownLatch refused = refuseFirstWrite ? journalFailures() : null;
        robot.clickOn("#welcomeCreate").write(args[1]);
        if (refuseFirstWrite) {
            if (!refused.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The journal's write was not refused");
            }
            try (Statement s = lock.createStatement()) {
                s.execute("COMMIT");
            }
            lock.close();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> draftCount(dataDir, args[1]) > 0);
        System.out.println(refuseFirstWrite ? "journalled after a failed write" : "journalled");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Another connection holding the database's write lock: the app's writes wait, then fail. */
    private static Connection holdWriteLock(Path dataDir) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("workspace.db"));
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
        }
        return c;
    }

    /** Counted down when the journal logs a failed write. */
    private static CountDownLatch journalFailures() {
        CountDownLatch failed = new CountDownLatch(1);
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel() == Level.ERROR) {
                    failed.countDown();
                }
            }
        };
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(DraftJournal.class);
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        return failed;
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
