package io.characterstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The key file on Windows-like and POSIX file systems, with leftovers and a full disk. */
class KeyFileTest {

    private static FileSystem windows() {
        return Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl")
                .build());
    }

    private static FileSystem unix() {
        return Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix")
                .build());
    }

    @Test
    void onWindowsTheKeyFileGetsAnAclWithTheOwnerOnly() throws Exception {
        try (FileSystem fs = windows()) {
            Path dataDir = Files.createDirectories(fs.getPath("C:\\Users\\Ann\\AppData\\Roaming\\Character Studio"));
            KeyFile keys = new KeyFile(dataDir);
            keys.put("c1", " secret ");
            List<AclEntry> acl = Files.getFileAttributeView(keys.path(), AclFileAttributeView.class)
                    .getAcl();
            assertThat(acl).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(AclEntryType.ALLOW);
                assertThat(e.principal()).isEqualTo(Files.getOwner(keys.path()));
                assertThat(e.permissions()).containsExactlyInAnyOrder(AclEntryPermission.values());
            });
            assertThat(new KeyFile(dataDir).get("c1")).contains("secret");
        }
    }

    @Test
    void onPosixALooseKeyFileIsTightenedWhenLoaded() throws Exception {
        try (FileSystem fs = unix()) {
            Path dataDir = Files.createDirectories(fs.getPath("/data"));
            Path file = dataDir.resolve(KeyFile.FILE_NAME);
            Files.writeString(file, "c1=secret\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            KeyFile keys = new KeyFile(dataDir);
            keys.load();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(keys.get("c1")).contains("secret");
        }
    }

    @Test
    void anEmptyLeftoverKeyFileIsReplaced() throws Exception {
        try (FileSystem fs = windows()) {
            Path dataDir = Files.createDirectories(fs.getPath("C:\\data"));
            Files.createFile(dataDir.resolve(KeyFile.FILE_NAME));
            KeyFile keys = new KeyFile(dataDir);
            keys.load();
            keys.put("c1", "k1");
            assertThat(new KeyFile(dataDir).get("c1")).contains("k1");
        }
    }

    @Test
    void aMalformedKeyFileIsMovedAsideNotLostAndTheAppStartsFresh() throws Exception {
        try (FileSystem fs = windows()) {
            Path dataDir = Files.createDirectories(fs.getPath("C:\\data"));
            byte[] broken = "c1=\\uZZZZ\nc2=kept-for-the-user\n".getBytes(StandardCharsets.UTF_8);
            Files.write(dataDir.resolve(KeyFile.FILE_NAME), broken);
            KeyFile keys = new KeyFile(dataDir);
            keys.load();
            assertThat(keys.get("c2")).isEmpty();
            Path aside = single(dataDir, KeyFile.FILE_NAME + ".broken-");
            assertThat(aside.getFileName().toString()).doesNotContain(":");
            assertThat(Files.readAllBytes(aside)).isEqualTo(broken);
            keys.put("c3", "k3");
            assertThat(new KeyFile(dataDir).get("c3")).contains("k3");
        }
    }

    @Test
    void onAFullDiskAWriteFailsClearlyLeavesNoTempFileAndKeepsTheOldKeys() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix")
                .setBlockSize(4096)
                .setMaxSize(8192)
                .build())) {
            Path dataDir = Files.createDirectories(fs.getPath("/data"));
            KeyFile keys = new KeyFile(dataDir);
            keys.put("c1", "k1");
            Files.write(dataDir.resolve("filler"), new byte[4096]);
            assertThatThrownBy(() -> keys.put("c2", "k2"))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("could not be saved");
            assertThat(dataDir.resolve(KeyFile.FILE_NAME + ".tmp")).doesNotExist();
            assertThat(keys.get("c2")).isEmpty();
            assertThat(new KeyFile(dataDir).get("c1")).contains("k1");
        }
    }

    private static Path single(Path folder, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> matching = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList();
            assertThat(matching).hasSize(1);
            return matching.get(0);
        }
    }
}
