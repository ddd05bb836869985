package io.characterstudio.service;

import io.characterstudio.service.CharacterFiles.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a file chosen for import as text, without trusting it: only a regular file is opened (a
 * symbolic link is followed, so a link to a regular file is read and a link to a device such as
 * {@code /dev/zero}, a folder or a named pipe is refused before it is opened); a file larger than the
 * limit is refused before it is read, and the read itself stops at the limit plus one byte, so a
 * file that grows (or lies about its size) is refused too. The bytes must be UTF-8; a leading
 * byte-order mark is dropped.
 */
final class ImportFileReader {

    /** A megabyte, as the limits are written ({@code CharacterFiles.MAX_BYTES} is five of them). */
    private static final long MB = 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final long limit;
    private final Consumer<Path> afterSizeCheck;

    ImportFileReader(long limit) {
        this(limit, path -> {});
    }

    /** {@code afterSizeCheck} runs between the size check and the read (tests grow the file there). */
    ImportFileReader(long limit, Consumer<Path> afterSizeCheck) {
        this.limit = limit;
        this.afterSizeCheck = afterSizeCheck;
    }

    /** The text of {@code file}; a {@link BadFileException} says why it cannot be read. */
    String read(Path file) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new BadFileException(
                        attributes.isDirectory()
                                ? "a folder, not a file"
                                : "not a regular file (a device, a named pipe or a socket)");
            }
            if (attributes.size() > limit) {
                throw tooLarge(size(attributes.size()));
            }
            afterSizeCheck.accept(file);
            bytes = readAtMost(file, limit + 1);
        } catch (IOException e) {
            throw new BadFileException("cannot be read: " + e.getMessage());
        }
        if (bytes.length > limit) {
            throw tooLarge("it grew while it was read");
        }
        return decode(bytes);
    }

    /** At most {@code max} bytes from the start of {@code file}. */
    static byte[] readAtMost(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
        }
    }

    private BadFileException tooLarge(String detail) {
        String max = limit >= MB && limit % MB == 0 ? limit / MB + " MB" : size(limit);
        return new BadFileException("too large (" + detail + "; the limit is " + max + ")");
    }

    private static String size(long bytes) {
        if (bytes < MB) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }

    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadFileException("not a text file (it is not UTF-8)");
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
