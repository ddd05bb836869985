package io.characterstudio.app;

import io.characterstudio.store.Workspace;
import io.characterstudio.testsupport.Screenshots;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real app, headless: it starts the embedded sandbox, says where it listens, and stops it on exit. */
class CharacterStudioAppIT {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Application app;

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(CharacterStudioApp.class, "--data-dir=" + dataDir);
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private String waitForSandboxUrl() throws Exception {
        launch();
        TextField url = robot.lookup("#sandboxUrl").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !url.getText().isEmpty());
        return url.getText();
    }

    @Test
    void showsWhereTheEmbeddedSandboxListensAndTheSandboxAnswers() throws Exception {
        String url = waitForSandboxUrl();
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("listening on " + url);
        assertThat(robot.lookup("#dataFolder").queryAs(Label.class).getText()).contains(dataDir.resolve("sandbox").toString());
        assertThat(robot.lookup("#knownCharacters").queryAs(Label.class).getText())
                .isEqualTo("0 characters known on the sandbox");
        Stage stage = (Stage) robot.lookup("#status").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("Character Studio");
        Screenshots.save(robot.capture(stage.getScene().getRoot()).getImage(), "start-window");

        String key = Files.readString(dataDir.resolve("sandbox").resolve("sandbox-api-key")).strip();
        HttpResponse<String> created = post(url, "/character/create", key,
                "{\"charName\": \"Ann\", \"voiceType\": \"MALE\", \"backstory\": \"Keeps the lighthouse.\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(post(url, "/character/get", key, "{\"charName\": \"Ann\"}").body()).contains("Keeps the lighthouse.");
    }

    @Test
    void copyUrlPutsTheUrlOnTheClipboard() throws Exception {
        String url = waitForSandboxUrl();
        Button copy = robot.lookup("#copyUrl").queryAs(Button.class);
        assertThat(copy.isDisabled()).isFalse();
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        String clipboard = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(clipboard).isEqualTo(url);
    }

    @Test
    void stoppingTheAppStopsTheSandbox() throws Exception {
        String url = waitForSandboxUrl();
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThatThrownBy(() -> post(url, "/character/list", "any", "{}")).isInstanceOf(ConnectException.class);
    }

    @Test
    void aSecondAppOnTheSameDataFolderSaysItIsInUse() throws Exception {
        try (Workspace other = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            launch();
            Label status = robot.lookup("#status").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().contains("already open"));
            assertThat(status.getText()).startsWith("Character Studio could not start: Character Studio is already open");
            assertThat(status.getStyleClass()).contains("error");
            assertThat(robot.lookup("#copyUrl").queryAs(Button.class).isDisabled()).isTrue();
            Screenshots.save(robot.capture(status.getScene().getRoot()).getImage(), "start-window-folder-in-use");
        }
    }

    private HttpResponse<String> post(String base, String path, String key, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("CONVAI-API-KEY", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
