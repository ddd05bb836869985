package io.characterstudio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox's stored key on a Windows-like file system, on POSIX, and left over broken. */
class ApiKeysFileTest {

    private static FileSystem windows() {
        return Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl")
                .build());
    }

    @Test
    void onWindowsTheFirstStartStoresTheKeyWithAnOwnerOnlyAcl() throws Exception {
        try (FileSystem fs = windows()) {
            Path dir =
                    Files.createDirectories(fs.getPath("C:\\Users\\Ann\\AppData\\Roaming\\Character Studio\\sandbox"));
            String key = ApiKeys.loadOrCreate(dir);
            Path file = dir.resolve(ApiKeys.KEY_FILE);
            List<AclEntry> acl =
                    Files.getFileAttributeView(file, AclFileAttributeView.class).getAcl();
            assertThat(acl)
                    .singleElement()
                    .satisfies(e -> assertThat(e.principal()).isEqualTo(Files.getOwner(file)));
            assertThat(ApiKeys.loadOrCreate(dir)).isEqualTo(key);
        }
    }

    @Test
    void anEmptyOrUnreadableLeftoverIsReplacedNotFatal() throws Exception {
        try (FileSystem fs = windows()) {
            Path dir = Files.createDirectories(fs.getPath("C:\\sandbox"));
            Path file = Files.createFile(dir.resolve(ApiKeys.KEY_FILE));
            String key = ApiKeys.loadOrCreate(dir);
            assertThat(key).hasSize(32);
            Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            String replaced = ApiKeys.loadOrCreate(dir);
            assertThat(replaced).hasSize(32).isNotEqualTo(key);
            assertThat(Files.readString(file).strip()).isEqualTo(replaced);
        }
    }

    @Test
    void onPosixALooseStoredKeyIsTightened() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix")
                .build())) {
            Path dir = Files.createDirectories(fs.getPath("/sandbox"));
            Path file = Files.writeString(dir.resolve(ApiKeys.KEY_FILE), "stored-key\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertThat(ApiKeys.loadOrCreate(dir)).isEqualTo("stored-key");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }
}
