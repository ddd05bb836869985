package io.characterstudio.store;

import io.characterstudio.files.OwnerOnlyFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys of the connections, in {@value #FILE_NAME} in the data folder: readable and
 * writable by the owner only (POSIX 600, or an ACL with the owner's entry only: see
 * {@link OwnerOnlyFiles}), never in the database. Writes replace the file atomically and leave no
 * temporary file when they fail. Keys are trimmed; nothing here logs them.
 */
public final class KeyFile {

    public static final String FILE_NAME = "api-keys.properties";
    private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);
    /** No colons: they are not allowed in Windows file names. */
    private static final DateTimeFormatter BROKEN_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

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

    /**
     * The stored keys. An existing file is first tightened to its owner; one that cannot be read
     * is moved aside (its keys stay there for the user) and the app starts with no keys.
     */
    private Map<String, String> read() {
        Map<String, String> keys = new TreeMap<>();
        if (!Files.exists(file)) {
            return keys;
        }
        OwnerOnlyFiles.restrictExisting(file.getParent(), FILE_NAME);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            moveAside(e);
            return keys;
        }
        p.stringPropertyNames().forEach(name -> keys.put(name, p.getProperty(name)));
        return keys;
    }

    private void moveAside(Exception why) {
        Path aside = file.resolveSibling(FILE_NAME + ".broken-" + BROKEN_STAMP.format(Instant.now()));
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw new WorkspaceException(
                    "The key file " + file + " cannot be read (" + why + ") nor moved aside (" + e
                            + "). Move it away and start again.",
                    e);
        }
        LOG.warn(
                "The key file {} could not be read ({}); it was moved to {} and the connections start "
                        + "without stored keys",
                file,
                why.getClass().getSimpleName(),
                aside.getFileName());
    }

    /** Replaces the file through a temporary one, which no failure leaves behind. */
    private void write(Map<String, String> keys) {
        Properties p = new Properties();
        p.putAll(keys);
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        boolean moved = false;
        try {
            Files.deleteIfExists(temp);
            OwnerOnlyFiles.createFile(temp);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Character Studio API keys: keep this file private");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new WorkspaceException(
                    "The API key could not be saved in " + file + ": " + e.getMessage()
                            + ". Nothing was changed; free some disk space or check the folder, then try again.",
                    e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("The temporary key file {} could not be removed: {}", temp, e.getMessage());
        }
    }
}
