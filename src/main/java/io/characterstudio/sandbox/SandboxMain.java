package io.characterstudio.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone sandbox: {@code mvn -q compile exec:java@sandbox -Dexec.args="--port 8765"}.
 * The key comes from {@code --api-key}, the environment variable {@code SANDBOX_API_KEY}, or
 * the data folder's key file. It prints its URL and key on standard output (that is its job: a command-line tool tells its
 * user where to connect) and runs until it is interrupted.
 */
public final class SandboxMain {

    private SandboxMain() {}

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Optional<SandboxConfig> config;
        try {
            config = SandboxOptions.parse(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            err.println("sandbox: " + e.getMessage());
            err.println(SandboxOptions.USAGE);
            System.exit(2);
            return;
        }
        if (config.isEmpty()) {
            out.println(SandboxOptions.USAGE);
            return;
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(config.get());
        } catch (IOException e) {
            err.println("sandbox: could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sandbox.close();
                            stopped.countDown();
                        },
                        "sandbox-shutdown"));
        out.println("Convai sandbox listening on " + sandbox.baseUri());
        out.println("API key (header CONVAI-API-KEY): " + sandbox.apiKey());
        out.println("Data: "
                + sandbox.dataDir().map(d -> d.toAbsolutePath().toString()).orElse("in memory"));
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
    }
}
