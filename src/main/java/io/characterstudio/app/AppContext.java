package io.characterstudio.app;

import io.characterstudio.model.SandboxInfo;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.store.DataFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The composition root: builds the one JSON mapper, the executor that does the app's blocking
 * work, and the embedded sandbox, and shuts them down when the app stops.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final int BACKGROUND_THREADS = 4;

    private final Path dataDir;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ExecutorService background = namedPool("studio-io", BACKGROUND_THREADS);
    private volatile CompletableFuture<Sandbox> sandbox = CompletableFuture.failedFuture(
            new IllegalStateException("The sandbox was not started"));

    private AppContext(Path dataDir) {
        this.dataDir = dataDir;
    }

    public static AppContext create(Path dataDir) {
        return new AppContext(dataDir);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Starts the embedded sandbox off the UI thread, with its data in {@code <data>/sandbox}. */
    public CompletableFuture<SandboxInfo> startSandbox() {
        Path sandboxDir = dataDir.resolve("sandbox");
        sandbox = CompletableFuture.supplyAsync(() -> {
            try {
                return Sandbox.start(SandboxConfig.persistent(sandboxDir), mapper, Clock.systemUTC());
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, background);
        return sandbox.thenApply(s -> new SandboxInfo(s.baseUri(), sandboxDir));
    }

    @Override
    public void close() {
        background.shutdown();
        try {
            if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit; stopping it");
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sandbox.thenAccept(Sandbox::close);
    }

    static ExecutorService namedPool(String prefix, int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure in {}", thread.getName(), e));
            return t;
        });
    }

    static AppContext fromArgs(List<String> args) {
        return create(DataFolders.forThisProcess(args));
    }
}
