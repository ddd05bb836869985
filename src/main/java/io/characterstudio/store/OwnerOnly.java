package io.characterstudio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders and files that only their owner may read: POSIX 700 and 600 where the file system
 * has POSIX permissions; elsewhere they are made plainly (the folder's default rules apply).
 */
final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and its parents) if missing, and makes it owner-only. */
    static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (posix(dir)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    /** Creates the new, empty file {@code file}, owner-only from the start. */
    static Path newFile(Path file) throws IOException {
        if (posix(file)) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
