package io.characterstudio.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The in-memory world: its workspace is on a memory file system where there is one, and goes on close. */
class SandboxWorldTest {

    @Test
    void anInMemoryWorldKeepsItsWorkspaceInMemoryAndRemovesItOnClose() throws IOException {
        Path dir;
        try (SandboxWorld world = SandboxWorld.inMemory(Runnable::run)) {
            dir = world.workspace.dataDir();
            if (Files.isDirectory(SandboxWorld.MEMORY_ROOT)) {
                assertThat(dir).startsWith(SandboxWorld.MEMORY_ROOT);
            }
            assertThat(world.service.knownCharacters().join()).isEmpty();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).as("the workspace's database is there").isNotEmpty();
            }
        }
        assertThat(dir).doesNotExist();
    }
}
