package io.characterstudio.service;

import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Writes one export file under its usual name, or under the ASCII fallback name when the file system refuses it. */
final class ExportWriter {

    private ExportWriter() {}

    /**
     * Writes {@code text} under {@code name}, or under {@code fallback} when the file system refuses the
     * name (and then adds a note saying so to {@code notes}); when the fallback fails too, the name was not the problem (a full disk, a missing folder) and
     * the first failure is thrown.
     */
    static Path write(Path folder, String name, String fallback, String text, List<String> notes) {
        RuntimeException refused;
        try {
            Path file = folder.resolve(name);
            TextFiles.writeWhole(file, text);
            return file;
        } catch (InvalidPathException | UncheckedIOException e) {
            if (name.equals(fallback)) {
                throw e;
            }
            refused = e;
        }
        Path file;
        try {
            file = folder.resolve(fallback);
            TextFiles.writeWhole(file, text);
        } catch (RuntimeException e) {
            refused.addSuppressed(e);
            throw refused;
        }
        String reason = refused instanceof UncheckedIOException u
                ? Objects.requireNonNull(u.getCause()).getMessage()
                : refused.getMessage();
        notes.add(
                "saved as " + fallback + " because the file system refused the name \"" + name + "\" (" + reason + ")");
        return file;
    }
}
