package io.characterstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lock file is never deleted or moved (Windows forbids both while it is locked) and the lock
 * is let go on close and on a failed open: in the same JVM a lock still held would make
 * {@code tryLock} throw OverlappingFileLockException.
 */
class WorkspaceLockTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private void assertLockIsFree() throws Exception {
        Path lockFile = dataDir.resolve(Workspace.LOCK_FILE);
        assertThat(lockFile).as("the lock file stays where it is").exists();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void closingLetsGoOfTheLockAndKeepsTheFile() throws Exception {
        Workspace w = Workspace.open(dataDir, JSON, Clock.systemUTC());
        assertThatThrownBy(() -> Workspace.open(dataDir, JSON, Clock.systemUTC()))
                .isInstanceOf(WorkspaceInUseException.class);
        assertThat(w.connections().list()).isEmpty();
        w.close();
        assertLockIsFree();
        Workspace.open(dataDir, JSON, Clock.systemUTC()).close();
    }

    @Test
    void aFailedOpenLetsGoOfTheLock() throws Exception {
        // A database of a newer Character Studio: sound, so not moved aside, but refused at open
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Workspace.DATABASE_FILE));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
        }
        assertThatThrownBy(() -> Workspace.open(dataDir, JSON, Clock.systemUTC()))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer Character Studio");
        assertLockIsFree();
    }

    @Test
    void anUnexpectedFailureDuringRecoveryLetsGoOfTheLock() throws Exception {
        java.nio.file.Files.writeString(dataDir.resolve(Workspace.DATABASE_FILE), "not a database at all");
        Clock broken = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                throw new IllegalStateException("clock broken");
            }
        };
        assertThatThrownBy(() -> Workspace.open(dataDir, JSON, broken)).hasMessageContaining("clock broken");
        assertLockIsFree();
    }
}
