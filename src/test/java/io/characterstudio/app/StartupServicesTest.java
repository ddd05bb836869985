package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.ConnectionDraft;
import io.characterstudio.ui.main.ConnectionsViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up makes the service of the connection the window opens on (the one used last) off the FX
 * thread, with the sandbox's: building the main window then finds it made (no key read, no HTTP
 * client built on the FX thread).
 */
class StartupServicesTest {

    @TempDir
    Path dataDir;

    @Test
    void theLastUsedConnectionsServiceIsMadeAtStart() throws Exception {
        ConnectionInfo studio;
        try (AppContext first = AppContext.create(dataDir)) {
            first.start().join();
            studio = first.connections()
                    .save(new ConnectionDraft(null, "Studio", "https://api.convai.com", "k1", false));
            first.settings()
                    .putAll(Map.of(ConnectionsViewModel.LAST_CONNECTION, studio.id()))
                    .join();
            assertThat(first.servicesMade())
                    .as("before it was the last one used")
                    .doesNotContain(URI.create("https://api.convai.com"));
        }
        try (AppContext again = AppContext.create(dataDir)) {
            again.start().join();
            assertThat(again.servicesMade())
                    .contains(URI.create("https://api.convai.com"))
                    .hasSize(2);
        }
    }
}
