package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file writes: the permissions of a normally created file, the bytes exactly as given. */
class TextFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenFileHasThePermissionsOfANormallyCreatedFileOnDisk() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "not POSIX");
        Path normal = Files.createFile(dir.resolve("normal.txt"));
        Path written = dir.resolve("written.character.json");
        TextFiles.writeWhole(written, "{}\n");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(normal));
        TextFiles.writeWhole(written, "{\"again\": true}\n");
        assertThat(Files.getPosixFilePermissions(written))
                .as("a replaced file too")
                .isEqualTo(Files.getPosixFilePermissions(normal));
    }

    @Test
    void onAPosixFileSystemTheFileIsNotOwnerOnly() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix")
                .build())) {
            Path folder = Files.createDirectories(fs.getPath("/export"));
            Path normal = Files.createFile(folder.resolve("normal"));
            Path written = folder.resolve("ann.character.json");
            TextFiles.writeWhole(written, "{}\n");
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(written);
            assertThat(mode).isEqualTo(Files.getPosixFilePermissions(normal)).contains(PosixFilePermission.OTHERS_READ);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("no temporary file is left")
                        .containsExactlyInAnyOrder("normal", "ann.character.json");
            }
        }
    }

    @Test
    void theBytesAreExactlyTheTextInUtf8WithNoLineSeparatorAdded() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.windows())) {
            Path file = fs.getPath("C:\\export.json");
            TextFiles.writeWhole(file, "a\nb\r\nc é \uD83D\uDE00");
            assertThat(Files.readAllBytes(file)).isEqualTo("a\nb\r\nc é \uD83D\uDE00".getBytes(StandardCharsets.UTF_8));
        }
    }
}
