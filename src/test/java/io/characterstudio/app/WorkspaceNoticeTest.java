package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.StartupInfo;
import io.characterstudio.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A damaged workspace found at start reaches the window as a plain notice of the start-up info. */
class WorkspaceNoticeTest {

    @TempDir
    Path dataDir;

    @Test
    void aDamagedWorkspaceIsReplacedByItsBackupAndTheStartSaysSo() throws Exception {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            w.settings().putAll(java.util.Map.of("kept", "yes"));
        }
        Files.writeString(dataDir.resolve("workspace.db"), "garbage where the database was");

        StartupInfo info;
        try (AppContext context = AppContext.create(dataDir)) {
            info = context.start().join();
            assertThat(context.settings().get("kept")).contains("yes");
        }

        assertThat(info.notices())
                .singleElement()
                .asString()
                .contains("damaged", dataDir.resolve("workspace.db.damaged-").toString(), "newest backup");
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("workspace.db.damaged-"));
        }
    }
}
