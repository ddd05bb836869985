package io.characterstudio.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.characterstudio.files.OwnerOnlyFiles.Protection;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Owner-only files and folders on POSIX, on Windows-like ACLs, and where neither exists. */
class OwnerOnlyFilesTest {

    static FileSystem windows() {
        return Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl")
                .build());
    }

    static FileSystem unix() {
        return Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix")
                .build());
    }

    static List<AclEntry> acl(Path path) throws Exception {
        return Files.getFileAttributeView(path, AclFileAttributeView.class).getAcl();
    }

    static void assertOwnerOnlyAcl(Path path) throws Exception {
        List<AclEntry> entries = acl(path);
        assertThat(entries).hasSize(1);
        AclEntry entry = entries.get(0);
        assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
        assertThat(entry.principal()).isEqualTo(Files.getOwner(path));
        assertThat(entry.permissions()).containsExactlyInAnyOrder(AclEntryPermission.values());
        assertThat(entry.flags()).doesNotContain(AclEntryFlag.INHERIT_ONLY);
    }

    @Test
    void onWindowsAFileAndAFolderGetAnAclWithTheOwnerEntryOnly() throws Exception {
        try (FileSystem fs = windows()) {
            Path folder = fs.getPath("C:\\Users\\Ann\\AppData\\Roaming\\Character Studio");
            assertThat(OwnerOnlyFiles.createFolder(folder)).isEqualTo(Protection.ACL);
            assertOwnerOnlyAcl(folder);
            assertThat(acl(folder).get(0).flags()).contains(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);

            Path file = folder.resolve("api-keys.properties");
            assertThat(OwnerOnlyFiles.createFile(file)).isEqualTo(Protection.ACL);
            assertOwnerOnlyAcl(file);
            assertThat(acl(file).get(0).flags()).isEmpty();
        }
    }

    @Test
    void onWindowsALooseAclIsReplacedByTheOwnerEntry() throws Exception {
        try (FileSystem fs = windows()) {
            Path file = Files.createFile(fs.getPath("C:\\key"));
            AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
            AclEntry everyone = AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(fs.getUserPrincipalLookupService().lookupPrincipalByName("Everyone"))
                    .setPermissions(AclEntryPermission.READ_DATA)
                    .build();
            view.setAcl(List.of(everyone));
            OwnerOnlyFiles.restrictExisting(file.getParent(), "key", "missing");
            assertOwnerOnlyAcl(file);
        }
    }

    @Test
    void onPosixFilesAre600AndFoldersAre700AndLooseOnesAreTightened() throws Exception {
        try (FileSystem fs = unix()) {
            Path folder = fs.getPath("/home/ann/.local/share/character-studio");
            assertThat(OwnerOnlyFiles.createFolder(folder)).isEqualTo(Protection.POSIX);
            assertThat(mode(folder)).isEqualTo("rwx------");
            assertThat(mode(folder.getParent())).as("parents keep the defaults").isNotEqualTo("rwx------");
            Path file = folder.resolve("a");
            OwnerOnlyFiles.createFile(file);
            assertThat(mode(file)).isEqualTo("rw-------");

            Path loose = Files.createFile(
                    folder.resolve("b"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            OwnerOnlyFiles.restrictExisting(folder, "b");
            OwnerOnlyFiles.createFolder(folder);
            assertThat(mode(loose)).isEqualTo("rw-------");
            assertThat(mode(folder)).isEqualTo("rwx------");
        }
    }

    @Test
    void withNeitherPosixNorAclTheFolderIsTheProtectionAndNothingFails() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setRoots("C:\\", "D:\\")
                .setAttributeViews("basic")
                .build())) {
            Path folder = fs.getPath("D:\\data");
            assertThat(OwnerOnlyFiles.createFolder(folder)).isEqualTo(Protection.FOLDER);
            assertThat(OwnerOnlyFiles.createFile(folder.resolve("key"))).isEqualTo(Protection.FOLDER);
            assertThat(folder.resolve("key")).exists();
        }
    }

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
