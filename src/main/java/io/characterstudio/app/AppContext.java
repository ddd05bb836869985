package io.characterstudio.app;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.SandboxInfo;
import io.characterstudio.model.StartupInfo;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.SettingsService;
import io.characterstudio.store.DataFolders;
import io.characterstudio.store.Workspace;
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
 * The composition root: builds the one JSON mapper, the executors that do the app's blocking
 * work, the workspace, the embedded sandbox and the service of its connection, and shuts them
 * all down when the app stops.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    static final String SANDBOX_CONNECTION = "sandbox";
    private static final int SERVICE_THREADS = 8;

    private final Path dataDir;
    private final Clock clock = Clock.systemUTC();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ExecutorService startup = namedPool("studio-start", 1);
    private final ExecutorService serviceExecutor = namedPool("studio-service", SERVICE_THREADS);
    private volatile Workspace workspace;
    private volatile Sandbox sandbox;
    private volatile CharacterService sandboxService;
    private volatile SettingsService settings;
    private volatile ConnectionInfo sandboxConnection;

    private AppContext(Path dataDir) {
        this.dataDir = dataDir;
    }

    public static AppContext create(Path dataDir) {
        return new AppContext(dataDir);
    }

    static AppContext fromArgs(List<String> args) {
        return create(DataFolders.forThisProcess(args));
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Off the UI thread: opens the workspace (refused when another app has the folder), then
     * starts the embedded sandbox in {@code <data>/sandbox} and the service of its connection.
     */
    public CompletableFuture<StartupInfo> start() {
        return CompletableFuture.supplyAsync(() -> {
            workspace = Workspace.open(dataDir, mapper, clock);
            Path sandboxDir = dataDir.resolve("sandbox");
            try {
                sandbox = Sandbox.start(SandboxConfig.persistent(sandboxDir), mapper, clock);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            ConvaiClient client = new ConvaiClient(ConvaiSettings.of(sandbox.baseUri(), sandbox.apiKey()), mapper);
            sandboxService = new CharacterService(SANDBOX_CONNECTION, client, workspace.knownCharacters(), serviceExecutor);
            settings = new SettingsService(workspace.settings(), serviceExecutor);
            sandboxConnection = new ConnectionInfo(SANDBOX_CONNECTION, "Sandbox (this computer)", sandbox.baseUri(), true);
            int known = workspace.knownCharacters().list(SANDBOX_CONNECTION).size();
            return new StartupInfo(new SandboxInfo(sandbox.baseUri(), sandboxDir), known);
        }, startup);
    }

    /** The service of the embedded sandbox's connection, once {@link #start()} has completed. */
    public CharacterService sandboxService() {
        if (sandboxService == null) {
            throw new IllegalStateException("The app has not started");
        }
        return sandboxService;
    }

    /** The app's settings, once {@link #start()} has completed. */
    public SettingsService settings() {
        return settings;
    }

    public ConnectionInfo sandboxConnection() {
        return sandboxConnection;
    }

    @Override
    public void close() {
        shutdown(startup);
        shutdown(serviceExecutor);
        if (sandbox != null) {
            sandbox.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    private static void shutdown(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Work still running at exit; stopping it");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A bounded pool of named daemon threads that logs what escapes a task. */
    static ExecutorService namedPool(String prefix, int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure in {}", thread.getName(), e));
            return t;
        });
    }
}
