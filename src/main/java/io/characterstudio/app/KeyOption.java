package io.characterstudio.app;

import io.characterstudio.service.ConnectionService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Convai key for a connection with none stored, never from the command line: with
 * {@code --api-key-stdin}, one line of standard input (read on a daemon thread, waited for at
 * most a deadline, at most {@value #MAX_LINE} characters); otherwise {@code CONVAI_API_KEY}. A
 * leftover {@code --api-key=KEY} is ignored with a warning that never repeats the key.
 */
final class KeyOption {

    static final String STDIN_FLAG = "--api-key-stdin";
    static final String ENV_KEY = ConnectionService.ENV_KEY;
    static final int MAX_LINE = 4096;
    static final Duration STDIN_DEADLINE = Duration.ofSeconds(30);
    static final String REFUSED = "--api-key= is no longer accepted, and the key given with it was ignored: a key"
            + " on the command line can be seen by other users in the process list and is written to crash logs."
            + " Set the CONVAI_API_KEY environment variable, or start with --api-key-stdin and type or pipe the key"
            + " on standard input.";

    private KeyOption() {}

    /** The key, if one was given; {@code warn} receives a sentence for each problem. */
    static Optional<String> resolve(
            List<String> args,
            Function<String, String> env,
            InputStream stdin,
            Duration deadline,
            Consumer<String> warn) {
        if (args.stream().anyMatch(a -> a.startsWith("--api-key=") || a.equals("--api-key"))) {
            warn.accept(REFUSED);
        }
        if (args.contains(STDIN_FLAG)) {
            return readLine(stdin, deadline, warn);
        }
        return Optional.ofNullable(env.apply(ENV_KEY)).map(String::strip).filter(k -> !k.isEmpty());
    }

    private static Optional<String> readLine(InputStream stdin, Duration deadline, Consumer<String> warn) {
        CompletableFuture<byte[]> line = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        line.complete(firstLine(stdin));
                    } catch (IOException | RuntimeException e) {
                        line.completeExceptionally(e);
                    }
                },
                "studio-key-stdin");
        reader.setDaemon(true);
        reader.start();
        try {
            byte[] bytes = line.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (bytes.length > MAX_LINE) {
                warn.accept(STDIN_FLAG + ": the line on standard input is longer than " + MAX_LINE
                        + " characters, so it is not a key; it was ignored.");
                return Optional.empty();
            }
            Optional<String> key = Optional.of(new String(bytes, StandardCharsets.UTF_8).strip())
                    .filter(k -> !k.isEmpty());
            if (key.isEmpty()) {
                warn.accept(STDIN_FLAG + ": standard input held no key.");
            }
            return key;
        } catch (TimeoutException e) {
            warn.accept(STDIN_FLAG + ": no key arrived on standard input within " + deadline.toSeconds()
                    + " s; the app goes on without one.");
        } catch (ExecutionException e) {
            warn.accept(STDIN_FLAG + ": standard input could not be read ("
                    + e.getCause().getClass().getSimpleName() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** The bytes before the first line break, at most {@code MAX_LINE + 1} of them. */
    private static byte[] firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n' && out.size() <= MAX_LINE; b = in.read()) {
            out.write(b);
        }
        return out.toByteArray();
    }
}
