package io.characterstudio.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Writes a report to a text file, on the given executor, whole or not at all (temp file + move). */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static CompletableFuture<Void> write(Path file, String text, Executor executor) {
        return CompletableFuture.runAsync(() -> {
            try {
                Path parent = file.toAbsolutePath().getParent();
                Path temp = Files.createTempFile(parent, ".report-", ".tmp");
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
        }, executor);
    }
}
