package io.characterstudio.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Writes text files whole or not at all (a temporary file beside the target, then an atomic
 * move): bulk-run reports and exported characters.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** Writes {@code text} to {@code file} on {@code executor}. */
    public static CompletableFuture<Void> write(Path file, String text, Executor executor) {
        return CompletableFuture.runAsync(() -> writeWhole(file, text), executor);
    }

    /** Writes {@code text} to {@code file} on the caller's thread (never the FX thread). */
    public static void writeWhole(Path file, String text) {
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".write-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
