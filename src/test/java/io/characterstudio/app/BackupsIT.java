package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.store.Workspace;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The real app: a damaged workspace is announced at start, and File > Restore a backup… lists the backups. */
class BackupsIT extends AppWindowIT {

    @Test
    void aDamagedWorkspaceIsAnnouncedAndTheBackupsCanBeListed() throws Exception {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            w.settings().putAll(Map.of("kept", "yes"));
        }
        Files.writeString(dataDir.resolve("workspace.db"), "garbage where the database was");

        launch();

        app.dialog("noticeDialog");
        DialogPane notice = app.robot.lookup("#noticeDialog").queryAs(DialogPane.class);
        assertThat(notice.getContentText()).contains("damaged", "workspace.db.damaged-", "newest backup");
        app.screenshotOf("noticeDialog", "damaged-workspace-notice");
        app.robot.clickOn(notice.lookupButton(ButtonType.OK));
        app.waitFor(() -> app.robot.lookup("#noticeDialog").tryQuery().isEmpty());
        // The long notice in the status bar leaves the connection chip whole, and shows in full on hover
        javafx.scene.control.Label chip =
                app.robot.lookup("#statusConnection").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label last = app.robot.lookup("#statusResult").queryAs(javafx.scene.control.Label.class);
        assertThat(last.getText()).contains("damaged");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(
                                () -> ((javafx.scene.text.Text) chip.lookup(".text")).getText())
                        .get())
                .isEqualTo(chip.getText());
        assertThat(last.getTooltip().getText()).isEqualTo(last.getText());

        MenuItem restore = app.robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menuRestoreBackup".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(restore.getText()).isEqualTo("Restore a _backup…");
        Platform.runLater(restore::fire);

        app.dialog("backupDialog");
        assertThat(app.robot.lookup("#backupList").queryAs(ListView.class).getItems())
                .isNotEmpty();
        app.screenshotOf("backupDialog", "restore-backup-dialog");
        DialogPane chooser = app.robot.lookup("#backupDialog").queryAs(DialogPane.class);
        app.robot.clickOn(chooser.lookupButton(ButtonType.CANCEL));
        app.waitFor(() -> app.text("#statusResult").equals("Nothing restored."));
    }
}
