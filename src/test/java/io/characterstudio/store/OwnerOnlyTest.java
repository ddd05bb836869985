package io.characterstudio.store;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;

import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** The backups folder and files are owner-only where POSIX permissions exist, and plain elsewhere. */
class OwnerOnlyTest {

    @Test
    void onPosixTheFolderIs700AndTheFile600() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix").build())) {
            Path dir = OwnerOnly.directory(fs.getPath("/home/u/data/backups"));
            Path file = OwnerOnly.newFile(dir.resolve("b.db"));

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void onWindowsTheyAreMadePlainly() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl").build())) {
            Path dir = OwnerOnly.directory(fs.getPath("C:\\Users\\u\\data\\backups"));
            Path file = OwnerOnly.newFile(dir.resolve("b.db"));

            assertThat(dir).isDirectory();
            assertThat(file).isRegularFile().isEmptyFile();
        }
    }
}
