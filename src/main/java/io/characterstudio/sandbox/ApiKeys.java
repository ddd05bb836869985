package io.characterstudio.sandbox;

import io.characterstudio.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys a sandbox accepts. A sandbox with a data folder keeps a generated key in
 * {@value #KEY_FILE} beside its database, readable by the owner only; a key given at start
 * replaces it for that run. Comparison takes constant time.
 */
final class ApiKeys {

    static final String KEY_FILE = "sandbox-api-key";
    private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);

    private final List<byte[]> keys;

    private ApiKeys(List<String> keys) {
        this.keys = keys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    static ApiKeys of(List<String> keys) {
        if (keys.isEmpty() || keys.stream().anyMatch(k -> k.isBlank())) {
            throw new IllegalArgumentException("A sandbox needs at least one non-blank API key");
        }
        return new ApiKeys(keys.stream().map(String::trim).toList());
    }

    boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = presented.trim().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, candidate);
        }
        return match;
    }

    String first() {
        return new String(keys.get(0), StandardCharsets.UTF_8);
    }

    static String generate() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Reads the key stored in {@code dataDir} (tightening the file to its owner), or generates and
     * stores one, owner-only. An empty or unreadable leftover (a start that stopped half-way) is
     * replaced by a new key.
     */
    static String loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(KEY_FILE);
        if (Files.exists(file)) {
            OwnerOnlyFiles.restrictExisting(dataDir, KEY_FILE);
            try {
                String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!stored.isEmpty()) {
                    return stored;
                }
            } catch (IOException e) {
                LOG.warn("The sandbox key file {} cannot be read ({}); a new key replaces it", file, e.toString());
            }
        }
        String key = generate();
        Files.deleteIfExists(file);
        try {
            OwnerOnlyFiles.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            OwnerOnlyFiles.restrict(file);
        }
        Files.writeString(
                file, key + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return key;
    }
}
