package io.characterstudio.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The API keys of the connections, in {@value #FILE_NAME} in the data folder: readable and
 * writable by the owner only (POSIX 600; elsewhere the owner-only read and write flags), never in
 * the database. Writes replace the file atomically. Keys are trimmed; nothing here logs them.
 */
public final class KeyFile {

    public static final String FILE_NAME = "api-keys.properties";

    private final Path file;
    private Map<String, String> cache;

    public KeyFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** Reads the file now (on the caller's thread), so that later reads need no I/O. */
    public synchronized void load() {
        keys();
    }

    public Path path() {
        return file;
    }

    public synchronized Optional<String> get(String connectionId) {
        String key = keys().get(connectionId);
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(key);
    }

    /** Stores (or with an empty key, forgets) the key of a connection. */
    public synchronized void put(String connectionId, String key) {
        Map<String, String> keys = new TreeMap<>(keys());
        String trimmed = key == null ? "" : key.strip();
        if (trimmed.isEmpty()) {
            keys.remove(connectionId);
        } else {
            keys.put(connectionId, trimmed);
        }
        write(keys);
        cache = keys;
    }

    public synchronized void remove(String connectionId) {
        Map<String, String> keys = new TreeMap<>(keys());
        if (keys.remove(connectionId) != null) {
            write(keys);
            cache = keys;
        }
    }

    /** The keys as last read or written: the file is read once, then kept in memory. */
    private Map<String, String> keys() {
        if (cache == null) {
            cache = read();
        }
        return cache;
    }

    private Map<String, String> read() {
        Map<String, String> keys = new TreeMap<>();
        if (!Files.exists(file)) {
            return keys;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceException("The key file " + file + " cannot be read.", null);
        }
        p.stringPropertyNames().forEach(name -> keys.put(name, p.getProperty(name)));
        return keys;
    }

    private void write(Map<String, String> keys) {
        Properties p = new Properties();
        p.putAll(keys);
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.deleteIfExists(temp);
            createOwnerOnly(temp);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Character Studio API keys: keep this file private");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WorkspaceException("The key file " + file + " cannot be written.", null);
        }
    }

    private static void createOwnerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return;
        }
        Files.createFile(path);
        java.io.File f = path.toFile();
        if (!(f.setReadable(false, false) && f.setReadable(true, true) && f.setWritable(false, false)
                && f.setWritable(true, true))) {
            throw new IOException("cannot restrict the key file to its owner");
        }
    }
}
