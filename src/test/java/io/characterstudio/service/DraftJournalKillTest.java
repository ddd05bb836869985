package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.store.Workspace;
import io.characterstudio.testsupport.ChildJava;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A draft whose first writes failed is retried and survives the process being killed. */
class DraftJournalKillTest {

    @TempDir
    Path dataDir;

    private Process child;

    @AfterEach
    void killChild() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDraftWhoseFirstWritesFailedIsInTheWorkspaceAfterAKill() throws Exception {
        child = ChildJava.start(DraftJournalChild.class, dataDir.toString(), "Kept Despite A Full Disk");
        assertThat(ChildJava.firstLine(child, Duration.ofSeconds(30)))
                .as("the child journalled the draft by retrying, without further edits")
                .isEqualTo("journalled after 3 tries");
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        child = null;

        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            assertThat(w.drafts().list("sandbox"))
                    .singleElement()
                    .extracting(d -> d.fields().name())
                    .isEqualTo("Kept Despite A Full Disk");
        }
    }
}
