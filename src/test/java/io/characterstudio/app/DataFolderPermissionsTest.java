package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ch.qos.logback.classic.LoggerContext;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.store.KeyFile;
import io.characterstudio.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the app keeps in its data folder is its owner's only: the folders 700, the files 600
 * (on POSIX; Windows gets owner-only ACLs, see OwnerOnlyFilesTest), loose ones tightened at start.
 */
class DataFolderPermissionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private Path dataDir;

    @BeforeEach
    void posixOnly() {
        assumeThat(temp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        dataDir = temp.resolve("Character Studio");
    }

    @AfterEach
    void detachLog() {
        ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger(Logger.ROOT_LOGGER_NAME)
                .detachAppender("FILE");
    }

    @Test
    void aNewDataFolderAndEverythingInItAreOwnerOnly() throws Exception {
        Path log = LogFiles.start(dataDir);
        LoggerFactory.getLogger(DataFolderPermissionsTest.class).info("a line for the log file");
        try (Workspace w = Workspace.open(dataDir, JSON, Clock.systemUTC());
                Sandbox sandbox = Sandbox.start(SandboxConfig.persistent(dataDir.resolve("sandbox")))) {
            w.keys().put("c1", "k1");
            Path backup = w.backupNow().file();
            assertThat(mode(dataDir.resolve("backups"))).isEqualTo("rwx------");
            assertThat(mode(backup)).as("a backup").isEqualTo("rw-------");
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("logs"))).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("sandbox"))).isEqualTo("rwx------");
            for (String file : new String[] {
                "workspace.db",
                "workspace.db-wal",
                "workspace.db-shm",
                "workspace.lock",
                KeyFile.FILE_NAME,
                "sandbox/sandbox.db",
                "sandbox/sandbox.db-wal",
                "sandbox/sandbox-api-key"
            }) {
                assertThat(mode(dataDir.resolve(file))).as(file).isEqualTo("rw-------");
            }
            assertThat(mode(log)).isEqualTo("rw-------");
        }
    }

    @Test
    void anOldLooseDataFolderAndKeyFileAreTightenedAtStart() throws Exception {
        Files.createDirectories(dataDir.resolve("logs"));
        Path keys = Files.writeString(dataDir.resolve(KeyFile.FILE_NAME), "c1=k1\n");
        Path oldLog = Files.writeString(dataDir.resolve("logs").resolve(LogFiles.NAME), "old\n");
        for (Path p : new Path[] {dataDir, dataDir.resolve("logs")}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(oldLog, PosixFilePermissions.fromString("rw-r--r--"));

        LogFiles.start(dataDir);
        try (Workspace w = Workspace.open(dataDir, JSON, Clock.systemUTC())) {
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("logs"))).isEqualTo("rwx------");
            assertThat(mode(keys)).isEqualTo("rw-------");
            assertThat(mode(oldLog)).isEqualTo("rw-------");
            assertThat(w.keys().get("c1")).contains("k1");
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
