package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.characterstudio.service.CharacterFiles.BadFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reading an import file: only regular files, never more than the limit plus one byte. */
class ImportFileReaderTest {

    private static final long LIMIT = 1000;
    private static final CharacterFiles FILES =
            new CharacterFiles(tools.jackson.databind.json.JsonMapper.builder().build());

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aNamedPipeIsRefusedAtOnceWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        assertThatThrownBy(() -> FILES.read(fifo))
                .isInstanceOf(BadFileException.class)
                .hasMessage("not a regular file (a device, a named pipe or a socket)");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aLinkToADeviceIsRefusedAndALinkToARegularFileIsRead() throws Exception {
        Path zero = Paths.get("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path toZero = dir.resolve("zero.json");
        assumeTrue(symlink(toZero, zero), "symbolic links cannot be made here");
        assertThatThrownBy(() -> FILES.read(toZero))
                .isInstanceOf(BadFileException.class)
                .hasMessage("not a regular file (a device, a named pipe or a socket)");

        Path real = Files.writeString(dir.resolve("real.txt"), "abcdef12-0000\n");
        Path toReal = dir.resolve("link.txt");
        assertThat(symlink(toReal, real)).isTrue();
        assertThat(new ImportFileReader(LIMIT).read(toReal)).isEqualTo("abcdef12-0000\n");
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> new ImportFileReader(LIMIT).read(dir)).hasMessage("a folder, not a file");
    }

    @Test
    void aFileThatGrowsPastTheLimitAfterTheSizeCheckIsCutAndRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("grows.txt"), "abcdef12-0000\n");
        ImportFileReader reader = new ImportFileReader(LIMIT, path -> append(path, 50 * LIMIT));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(BadFileException.class)
                .hasMessage("too large (it grew while it was read; the limit is 1000 bytes)");
        assertThat(Files.size(file)).isGreaterThan(50 * LIMIT);
        assertThat(ImportFileReader.readAtMost(file, LIMIT + 1)).hasSize((int) LIMIT + 1);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsReadAndOneAtTheLimitIsRead() throws Exception {
        Path over = Files.writeString(dir.resolve("over.txt"), "a".repeat((int) LIMIT + 1));
        assertThatThrownBy(() -> new ImportFileReader(LIMIT).read(over))
                .hasMessage("too large (1001 bytes; the limit is 1000 bytes)");
        Path at = Files.writeString(dir.resolve("at.txt"), "a".repeat((int) LIMIT));
        assertThat(new ImportFileReader(LIMIT).read(at)).hasSize((int) LIMIT);
    }

    private static void append(Path file, long bytes) {
        try {
            Files.write(file, new byte[(int) bytes], StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
