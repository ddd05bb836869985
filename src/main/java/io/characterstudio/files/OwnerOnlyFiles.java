package io.characterstudio.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders only their owner may use. Where the path's file system has the {@code posix}
 * view: files 600, folders 700. Else where it has the {@code acl} view (Windows): the whole list
 * is replaced by one ALLOW entry for the owner with every permission, so the entries the path had
 * inherited are gone too (a folder's entry is inherited by what is later created in it, such as
 * SQLite's -wal file). Only {@link #restrict} throws when refused; the others log it. Where neither
 * works, the data folder's own place is the protection (%APPDATA% is per user): a warning is
 * logged and nothing fails. Everything goes through the path's own file system; no
 * {@code java.io.File}.
 */
public final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final String FILE_MODE = "rw-------";
    private static final String FOLDER_MODE = "rwx------";

    /** How a path was protected. */
    public enum Protection {
        /** POSIX permissions 600 or 700. */
        POSIX,
        /** An access control list with the owner's entry only. */
        ACL,
        /** Neither could be set: the folder the path is in is the only protection. */
        FOLDER
    }

    private OwnerOnlyFiles() {}

    /**
     * Creates a new empty file (it must not exist yet) and restricts it to its owner; only the
     * creation can fail, a restriction the file system refuses is logged.
     */
    public static Protection createFile(Path file) throws IOException {
        if (hasView(file, "posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(FILE_MODE)));
        } else {
            Files.createFile(file);
        }
        return tryRestrict(file);
    }

    /**
     * Creates the folder (its missing parents get the file system's defaults) or, when it exists,
     * tightens it; either way it ends owner-only (a restriction the file system refuses is logged).
     */
    public static Protection createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (hasView(folder, "posix")) {
                Files.createDirectory(
                        folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(FOLDER_MODE)));
            } else {
                Files.createDirectory(folder);
            }
        }
        return tryRestrict(folder);
    }

    /** Tightens those of {@code names} in {@code folder} that exist; the rest are skipped. */
    public static void restrictExisting(Path folder, String... names) {
        for (String name : names) {
            Path path = folder.resolve(name);
            if (Files.exists(path)) {
                tryRestrict(path);
            }
        }
    }

    /**
     * Restricts an existing file or folder to its owner (600/700, or the owner-only ACL). When
     * the file system can do neither, logs a warning and answers {@link Protection#FOLDER}.
     */
    public static Protection restrict(Path path) throws IOException {
        boolean folder = Files.isDirectory(path);
        if (hasView(path, "posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(folder ? FOLDER_MODE : FILE_MODE));
            return Protection.POSIX;
        }
        AclFileAttributeView acl =
                hasView(path, "acl") ? Files.getFileAttributeView(path, AclFileAttributeView.class) : null;
        if (acl != null) {
            acl.setAcl(List.of(ownerEntry(acl.getOwner(), folder)));
            return Protection.ACL;
        }
        LOG.warn(
                "{} cannot be restricted to its owner here (no POSIX permissions or ACLs); "
                        + "the data folder's own protection applies",
                path);
        return Protection.FOLDER;
    }

    /** {@link #restrict}, with a failure (such as a folder of another user) logged, not thrown. */
    private static Protection tryRestrict(Path path) {
        try {
            return restrict(path);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn(
                    "Could not restrict {} to its owner ({}); the data folder's own protection applies",
                    path,
                    e.toString());
            return Protection.FOLDER;
        }
    }

    /** The one entry of an owner-only ACL; a folder's is inherited by what is created in it. */
    static AclEntry ownerEntry(UserPrincipal owner, boolean folder) {
        Set<AclEntryFlag> flags = folder
                ? EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                : EnumSet.noneOf(AclEntryFlag.class);
        return AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(flags)
                .build();
    }

    private static boolean hasView(Path path, String view) {
        return path.getFileSystem().supportedFileAttributeViews().contains(view);
    }
}
