package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.store.Workspace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The built-in sandbox keeps its port across starts, and gets a new one only when it is taken. */
class SandboxPortTest {

    @TempDir
    Path dataDir;

    private int startAndStop() {
        try (AppContext context = AppContext.create(dataDir)) {
            int port = context.start().join().sandbox().baseUri().getPort();
            assertThat(context.settings().get(SandboxPort.SETTING)).contains(Integer.toString(port));
            return port;
        }
    }

    @Test
    void twoStartsOnOneDataFolderGetTheSamePort() {
        int first = startAndStop();
        assertThat(startAndStop()).isEqualTo(first);
    }

    @Test
    void aTakenPortGetsANewOneThatIsStoredForNextTime() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
                w.settings().putAll(Map.of(SandboxPort.SETTING, Integer.toString(taken.getLocalPort())));
            }
            int port = startAndStop();
            assertThat(port).isPositive().isNotEqualTo(taken.getLocalPort());
        }
    }

    @Test
    void aStoredValueThatIsNotAPortIsReplaced() throws Exception {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            w.settings().putAll(Map.of(SandboxPort.SETTING, "not a port"));
        }
        assertThat(startAndStop()).isPositive();
    }
}
