package io.characterstudio.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Writes text files whole or not at all (a temporary file beside the target, then an atomic
 * move): bulk-run reports and exported characters, files the user saves to share. They get the
 * permissions any new file of the user gets (the temporary file is created like a normal file, so
 * the umask applies; not the owner-only mode of {@link Files#createTempFile}). The text is written
 * as UTF-8 exactly as given: no line separator of the platform is added or changed. Not for private
 * data such as keys.
 */
public final class TextFiles {

    private static final int NAME_ATTEMPTS = 10;

    private TextFiles() {}

    /** Writes {@code text} to {@code file} on {@code executor}. */
    public static CompletableFuture<Void> write(Path file, String text, Executor executor) {
        return CompletableFuture.runAsync(() -> writeWhole(file, text), executor);
    }

    /** Writes {@code text} to {@code file} on the caller's thread (never the FX thread). */
    public static void writeWhole(Path file, String text) {
        try {
            Path temp = createTemp(Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file has a folder"));
            try {
                ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                    out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A new empty file in {@code folder} with a name no one else uses, created with the default permissions. */
    private static Path createTemp(Path folder) throws IOException {
        FileAlreadyExistsException taken = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            try {
                return Files.createFile(folder.resolve(".write-" + UUID.randomUUID() + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                taken = e;
            }
        }
        throw taken;
    }
}
