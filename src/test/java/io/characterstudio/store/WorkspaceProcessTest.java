package io.characterstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The workspace shared with, and killed in, another process. */
class WorkspaceProcessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private Process child;

    @AfterEach
    void killChild() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private BufferedReader startChild(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        WorkspaceChild.class.getName(),
                        mode,
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("open");
        return out;
    }

    @Test
    void aSecondAppOnTheSameFolderIsToldItIsInUse() throws Exception {
        startChild("hold");
        assertThatThrownBy(() -> Workspace.open(dataDir, JSON, Clock.systemUTC()))
                .isInstanceOf(WorkspaceInUseException.class)
                .hasMessageContaining("already open");
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        child = null;
        Workspace.open(dataDir, JSON, Clock.systemUTC()).close();
    }

    @Test
    void aKillDuringWritesLeavesAReadableDatabaseWithEveryCommittedRow() throws Exception {
        BufferedReader out = startChild("write");
        int committed = 0;
        while (committed < 300) {
            String line = out.readLine();
            assertThat(line).as("the child stopped writing").isNotNull();
            committed = Integer.parseInt(line);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        child = null;

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Workspace.DATABASE_FILE));
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (Workspace w = Workspace.open(dataDir, JSON, Clock.systemUTC())) {
            assertThat(w.knownCharacters().list("sandbox").size()).isGreaterThanOrEqualTo(committed);
        }
    }
}
