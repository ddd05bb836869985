package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.store.KeyFile;
import io.characterstudio.store.Workspace;
import io.characterstudio.store.WorkspaceException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A connection and its key are saved together or not at all: the key file here is on a disk that fills up. */
class ConnectionSaveAtomicTest {

    @TempDir
    Path dataDir;

    private Workspace workspace;
    private FileSystem smallDisk;
    private Path keyDir;
    private ConnectionService service;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC());
        smallDisk = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix")
                .setBlockSize(4096)
                .setMaxSize(8192)
                .build());
        keyDir = Files.createDirectories(smallDisk.getPath("/data"));
        service = new ConnectionService(
                new ConnectionInfo(ConnectionService.EMBEDDED_ID, "Sandbox", URI.create("http://127.0.0.1:9"), true),
                "embedded-key",
                workspace.connections(),
                new KeyFile(keyDir),
                Optional.empty(),
                JsonMapper.builder().build(),
                Runnable::run);
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
        smallDisk.close();
    }

    /** Takes the free blocks of the small disk (it has two) with a filler file. */
    private void fillTheDisk() throws Exception {
        Path filler = keyDir.resolve("filler");
        for (int blocks = 0; blocks < 2; blocks++) {
            try {
                Files.write(
                        filler,
                        new byte[4096],
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException full) {
                return;
            }
        }
    }

    @Test
    void aNewConnectionWhoseKeyCannotBeWrittenIsNotSavedAndNothingIsLeftBehind() throws Exception {
        fillTheDisk();
        assertThatThrownBy(
                        () -> service.save(new ConnectionDraft(null, "Studio", "https://api.convai.com", "k1", false)))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("could not be saved");
        assertThat(service.all()).extracting(ConnectionInfo::id).containsExactly(ConnectionService.EMBEDDED_ID);
        assertThat(workspace.connections().list()).isEmpty();
        try (Stream<Path> files = Files.list(keyDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("filler");
        }
    }

    @Test
    void anEditWhoseKeyCannotBeWrittenKeepsTheOldNameAndKey() throws Exception {
        ConnectionInfo c = service.save(new ConnectionDraft(null, "Studio", "https://api.convai.com", "k1", false));
        fillTheDisk();
        assertThatThrownBy(() ->
                        service.save(new ConnectionDraft(c.id(), "Studio EU", "https://eu.convai.com", "k2", false)))
                .isInstanceOf(WorkspaceException.class);
        assertThat(workspace.connections().list()).containsExactly(c);
        assertThat(service.find(c.id())).contains(c);
        assertThat(service.settingsFor(c).apiKey()).isEqualTo("k1");
        assertThat(new KeyFile(keyDir).get(c.id())).contains("k1");
    }

    @Test
    void whenTheDatabaseRefusesTheRowTheNewKeyIsTakenBack() {
        ConnectionInfo c = service.save(new ConnectionDraft(null, "Studio", "https://api.convai.com", "k1", false));
        workspace.close();
        assertThatThrownBy(() ->
                        service.save(new ConnectionDraft(c.id(), "Studio EU", "https://api.convai.com", "k2", false)))
                .isInstanceOf(WorkspaceException.class);
        assertThat(new KeyFile(keyDir).get(c.id())).contains("k1");
        assertThat(service.find(c.id())).contains(c);
    }
}
