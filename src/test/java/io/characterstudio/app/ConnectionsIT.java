package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.testsupport.AppDriver;
import io.characterstudio.testsupport.RefusingServer;
import io.characterstudio.testsupport.SandboxWorld;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Connections in the real app: a second sandbox side by side, copying between them, a refused key. */
class ConnectionsIT {

    @TempDir
    Path dataDir;

    private AppDriver app;
    private FxRobot robot;
    private Sandbox teammate;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
        if (teammate != null) {
            teammate.close();
        }
    }

    private void addConnection(String name, String url, String key, boolean sandbox) throws Exception {
        robot.clickOn("#toolAddConnection");
        app.dialog("connectionDialog");
        robot.clickOn("#connectionName").write(name);
        robot.doubleClickOn("#connectionUrl")
                .press(KeyCode.CONTROL)
                .type(KeyCode.A)
                .release(KeyCode.CONTROL)
                .write(url);
        robot.clickOn("#connectionKey").write(key);
        if (sandbox) {
            robot.clickOn("#connectionSandbox");
        }
    }

    @Test
    void aSecondSandboxSideBySideWithItsOwnLibraryAndCopyBetweenThem() throws Exception {
        teammate = Sandbox.start(SandboxConfig.inMemory().withApiKey("teammate-key"));
        app = new AppDriver(dataDir).launch().awaitMainWindow();
        robot = app.robot;
        ConvaiClient embedded = app.sandboxClient();
        String ann = embedded.create(
                new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US")));
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        app.dialog("openDialog");
        robot.clickOn("#openText").write(ann).type(KeyCode.ENTER);
        app.waitFor(() -> app.text("#characterId").equals(ann));

        addConnection("Teammate", teammate.baseUri().toString(), "teammate-key", true);
        robot.clickOn("#connectionTest");
        app.waitFor(() -> app.text("#connectionTestResult").startsWith("Connected"));
        app.screenshotOf("connectionDialog", "connection-dialog");
        robot.clickOn("#connectionSave");
        app.waitFor(() -> app.text("#statusConnection").startsWith("Teammate"));
        ListView<?> library = robot.lookup("#library").queryAs(ListView.class);
        app.waitFor(() -> library.getItems().isEmpty());
        assertThat(app.stage().getTitle()).endsWith("Character Studio — Teammate");

        robot.clickOn("#welcomeCreate").write("Bo");
        robot.clickOn("#backstory").write("A sailor.");
        robot.clickOn("#voice").write("Guy").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Saved"));
        assertThat(teammate.characterCount()).isEqualTo(1);
        assertThat(library.getItems()).hasSize(1);
        app.screenshot("main-window-teammate");

        ComboBox<?> selector = robot.lookup("#connectionSelector").queryAs(ComboBox.class);
        robot.clickOn(selector);
        robot.clickOn("Sandbox (this computer) · " + embedded.settings().baseUrl());
        app.waitFor(() -> app.text("#statusConnection").startsWith("Sandbox (this computer)"));
        app.waitFor(() -> app.text("#characterId").equals(ann));
        assertThat(library.getItems()).hasSize(1);
        assertThat(((io.characterstudio.ui.library.LibraryItem)
                                library.getItems().get(0))
                        .name())
                .isEqualTo("Ann");

        robot.clickOn("Connection");
        robot.clickOn("Copy character to…");
        app.dialog("copyDialog");
        robot.clickOn("OK");
        app.waitFor(() -> app.text("#statusResult").startsWith("Copied"));
        assertThat(teammate.characterCount()).isEqualTo(2);
        ConvaiClient teammateClient =
                new ConvaiClient(ConvaiSettings.of(teammate.baseUri(), "teammate-key"), SandboxWorld.JSON);
        assertThat(teammateClient.getByName("Ann").fields())
                .isEqualTo(embedded.get(ann).fields());
    }

    @Test
    void aConvaiConnectionWhoseKeyIsRefusedSaysInvalidKeyAndOffersTheDialog() throws Exception {
        try (RefusingServer refusing = new RefusingServer()) {
            app = new AppDriver(dataDir).launch().awaitMainWindow();
            robot = app.robot;
            addConnection("Studio", refusing.url(), "expired-key", false);
            robot.clickOn("#connectionTest");
            app.waitFor(() -> app.text("#connectionTestResult").startsWith("Invalid key"));
            robot.clickOn("#connectionSave");
            app.dialog("connectionSaveAnyway");
            assertThat(robot.lookup("#connectionSaveAnyway .content")
                            .queryAs(Label.class)
                            .getText())
                    .startsWith("The test failed: Invalid key: the server refused it")
                    .endsWith("Save anyway?");
            robot.clickOn("Save anyway");
            app.waitFor(() -> app.text("#statusConnection").startsWith("Studio (live Convai)"));
            assertThat(robot.lookup("#statusConnection").query().getStyleClass())
                    .contains("connection-live");

            robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
            app.dialog("openDialog");
            robot.clickOn("#openText").write("Ann").type(KeyCode.ENTER);
            app.dialog("confirmDialog");
            assertThat(robot.lookup(".dialog-pane .content")
                            .queryAs(Label.class)
                            .getText())
                    .contains("refused the API key of Studio");
            robot.clickOn("Yes");
            app.dialog("connectionDialog");
            assertThat(robot.lookup("#connectionName")
                            .queryAs(javafx.scene.control.TextField.class)
                            .getText())
                    .isEqualTo("Studio");
            app.screenshotOf("connectionDialog", "connection-dialog-invalid-key");
            robot.clickOn("Cancel");
        }
    }

    @Test
    void thePlainHttpRefusalAndATestResultAreShownWholeNotCutOff() throws Exception {
        app = new AppDriver(dataDir).launch().awaitMainWindow();
        robot = app.robot;
        addConnection("Elsewhere", "http://example.com", "some-key", false);
        app.waitFor(() -> app.text("#connectionProblems").contains("https://"));
        assertShownWhole("#connectionProblems");
        app.screenshotOf("connectionDialog", "connection-dialog-plain-http");

        robot.doubleClickOn("#connectionUrl")
                .press(KeyCode.CONTROL)
                .type(KeyCode.A)
                .release(KeyCode.CONTROL)
                .write("http://127.0.0.1:1");
        robot.clickOn("#connectionTest");
        app.waitFor(() -> !app.text("#connectionTestResult").isEmpty());
        assertShownWhole("#connectionTestResult");
        javafx.scene.control.Button test = robot.lookup("#connectionTest").queryButton();
        assertThat(((javafx.scene.text.Text) test.lookup(".text")).getText()).isEqualTo("Test connection");
        robot.clickOn("Cancel");
    }

    @Test
    void aNewConnectionGreetsWithAGreyHintAndShowsItsProblemsOnlyOnceAFieldIsLeftOrSaveIsPressed() throws Exception {
        app = new AppDriver(dataDir).launch().awaitMainWindow();
        robot = app.robot;
        robot.clickOn("#toolAddConnection");
        app.dialog("connectionDialog");
        Label line = robot.lookup("#connectionProblems").queryAs(Label.class);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(line.getText()).isEqualTo("Required: a name and an API key.");
        assertThat(line.getStyleClass()).contains("hint").doesNotContain("field-problem");
        javafx.scene.paint.Paint calm = line.getTextFill();

        robot.clickOn("#connectionUrl"); // the name is left empty
        app.waitFor(() -> line.getText().equals("Give the connection a name."));
        assertThat(line.getStyleClass()).contains("field-problem").doesNotContain("hint");
        assertThat(line.getTextFill()).as("red, not the hint's grey").isNotEqualTo(calm);
        robot.clickOn("#connectionName").write("Studio");
        app.waitFor(() -> line.getText().equals("Required: an API key."));

        robot.clickOn("#connectionSave");
        app.waitFor(() -> line.getText().equals("A Convai connection needs an API key."));
        assertThat(robot.lookup("#connectionKey").query().isFocused())
                .as("Save goes to the field to fix")
                .isTrue();
        assertThat(robot.lookup("#connectionDialog").tryQuery())
                .as("not saved: the dialog stays")
                .isPresent();
        robot.clickOn("Cancel");
    }

    /** The text a label paints is its whole text: no "…" in place of what did not fit. */
    private void assertShownWhole(String id) throws Exception {
        Label label = robot.lookup(id).queryAs(Label.class);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String painted = org.testfx.util.WaitForAsyncUtils.asyncFx(
                        () -> ((javafx.scene.text.Text) label.lookup(".text")).getText())
                .get();
        assertThat(painted.replace("\n", " ")).as(id).isEqualTo(label.getText().replace("\n", " "));
    }
}
