package io.characterstudio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** The SHA-256 of a file's bytes, to tell whether a new backup repeats the newest one. */
final class ContentHash {

    private ContentHash() {}

    /** True when both files have the same SHA-256 (the same bytes). */
    static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Arrays.equals(sha256(a), sha256(b));
    }

    static byte[] sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }
}
