package io.characterstudio.app;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.SandboxInfo;
import io.characterstudio.model.StartupInfo;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.BackupService;
import io.characterstudio.service.CharacterFiles;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.SettingsService;
import io.characterstudio.service.TransferService;
import io.characterstudio.service.TrashService;
import io.characterstudio.store.DataFolders;
import io.characterstudio.store.Workspace;
import io.characterstudio.ui.main.BulkCommands;
import io.characterstudio.ui.main.ConnectionsViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The composition root: builds the one JSON mapper, the executors that do the app's blocking
 * work, the workspace, the embedded sandbox and the service of its connection, and shuts them
 * all down when the app stops.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    static final String SANDBOX_CONNECTION = "sandbox";
    static final int SERVICE_THREADS = 8;
    /** The first keystroke of a burst is journalled this long after it, with every later one until then. */
    static final Duration DRAFT_DELAY = Duration.ofMillis(700);

    private final Path dataDir;
    /** The local time zone only decides what "a new day" is for the daily backup. */
    private final Clock clock = Clock.system(ZoneId.systemDefault());

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final TransferService transfer = new TransferService(new CharacterFiles(mapper));
    private final ExecutorService startup = namedPool("studio-start", 1);
    private final ExecutorService serviceExecutor = namedPool("studio-service", SERVICE_THREADS);
    private final ExecutorService bulkExecutor = namedPool("studio-bulk", BulkCommands.CONCURRENCY);
    /** The library's searches: one thread, so that a query never waits behind bulk work. */
    private final ExecutorService filterExecutor = namedPool("studio-filter", 1);

    private volatile Workspace workspace;
    private volatile Path logFile;
    private volatile String version = "unknown";
    private volatile Sandbox sandbox;
    private volatile SettingsService settings;
    private volatile ConnectionService connections;
    private volatile DraftJournal drafts;
    private volatile TrashService trash;
    private volatile BackupService backups;
    private final ScheduledExecutorService draftWriter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "studio-drafts");
        t.setDaemon(true);
        return t;
    });
    private final Map<ConvaiSettings, CharacterService> services = new ConcurrentHashMap<>();
    private final List<String> args;

    private AppContext(Path dataDir, List<String> args) {
        this.dataDir = dataDir;
        this.args = List.copyOf(args);
    }

    public static AppContext create(Path dataDir) {
        return new AppContext(dataDir, List.of());
    }

    /**
     * The data folder of the arguments. The Convai key ({@code CONVAI_API_KEY}, or a line of
     * standard input with {@code --api-key-stdin}; see {@link KeyOption}) is read by {@link #start()}.
     */
    static AppContext fromArgs(List<String> args) {
        return new AppContext(DataFolders.forThisProcess(args), args);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The log file in the data folder (known once {@link #start()} has run). */
    public Path logFile() {
        return logFile;
    }

    /** The app's version, from the Maven project (known once {@link #start()} has run). */
    public String version() {
        return version;
    }

    /**
     * Off the UI thread: opens the workspace (refused when another app has the folder), then
     * starts the embedded sandbox in {@code <data>/sandbox} on the port of its earlier starts (see
     * {@link SandboxPort}) and the service of its connection.
     * Opening the workspace checks it and, if it is damaged, opens the newest backup (the
     * returned info's notices say so); the first start of a day then backs it up in the background.
     */
    public CompletableFuture<StartupInfo> start() {
        return CompletableFuture.supplyAsync(
                () -> {
                    // The log file and the version resource are read here, off the FX thread.
                    logFile = LogFiles.start(dataDir);
                    version = AppVersion.current();
                    // Read here, off the FX thread; standard input is waited for at most KeyOption.STDIN_DEADLINE.
                    Optional<String> keyOverride = KeyOption.resolve(
                            args,
                            System::getenv,
                            System.in,
                            KeyOption.STDIN_DEADLINE,
                            LOG::warn); // the console appender shows it too
                    workspace = Workspace.open(dataDir, mapper, clock);
                    backups = new BackupService(workspace, serviceExecutor);
                    backups.backUpIfDueToday().exceptionally(e -> {
                        LOG.error("The daily backup of the workspace failed", e);
                        return Optional.empty();
                    });
                    Path sandboxDir = dataDir.resolve("sandbox");
                    try {
                        sandbox = SandboxPort.start(
                                workspace.settings(), SandboxConfig.persistent(sandboxDir), mapper, clock);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e.getMessage(), e);
                    }
                    ConnectionInfo sandboxConnection =
                            new ConnectionInfo(SANDBOX_CONNECTION, "Sandbox (this computer)", sandbox.baseUri(), true);
                    connections = new ConnectionService(
                            sandboxConnection,
                            sandbox.apiKey(),
                            workspace.connections(),
                            workspace.keys(),
                            keyOverride,
                            mapper,
                            serviceExecutor);
                    settings = new SettingsService(workspace.settings(), serviceExecutor);
                    trash = new TrashService(workspace.trash(), serviceExecutor, clock);
                    drafts = new DraftJournal(
                            workspace.drafts(),
                            (task, delay) -> draftWriter.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS),
                            draftWriter,
                            DRAFT_DELAY);
                    // Made here, off the FX thread: the first HTTP client of the process takes over 100 ms
                    // to set up (measured on the FX thread while the main window was being built).
                    serviceFor(sandboxConnection);
                    // So is the one the window opens on when it is another (the connection used last).
                    settings.get(ConnectionsViewModel.LAST_CONNECTION)
                            .flatMap(connections::find)
                            .ifPresent(this::serviceFor);
                    int known =
                            workspace.knownCharacters().list(SANDBOX_CONNECTION).size();
                    return new StartupInfo(
                            new SandboxInfo(sandbox.baseUri(), sandboxDir),
                            known,
                            workspace.startNotice().stream().toList(),
                            workspace.lastCloseWasClean());
                },
                startup);
    }

    /**
     * The service of a connection, made once per address and key (a changed key gets a new one,
     * an unchanged connection keeps its cached catalogues).
     */
    public CharacterService serviceFor(ConnectionInfo c) {
        ConvaiSettings s = connections.settingsFor(c);
        return services.computeIfAbsent(
                s,
                k -> new CharacterService(
                        c.id(),
                        new ConvaiClient(k, mapper),
                        workspace.knownCharacters(),
                        workspace.revisions(),
                        workspace.tags(),
                        serviceExecutor));
    }

    /** The app's service threads ("studio-service-N"): calls to servers, file checks, a connection's set-up. */
    public ExecutorService serviceExecutor() {
        return serviceExecutor;
    }

    /** The addresses whose services are made (cached) so far. */
    List<URI> servicesMade() {
        return services.keySet().stream().map(ConvaiSettings::baseUrl).toList();
    }

    /** Workers of bulk operations: a pool of their own, apart from the calls they wait for. */
    public ExecutorService bulkExecutor() {
        return bulkExecutor;
    }

    /** Where the library's searches run, apart from the FX thread and from bulk work. */
    public ExecutorService filterExecutor() {
        return filterExecutor;
    }

    /** Export and import of character files, with the app's one mapper. */
    public TransferService transfer() {
        return transfer;
    }

    /** The workspace's backups, once {@link #start()} has completed. */
    public BackupService backups() {
        return backups;
    }

    public TrashService trash() {
        return trash;
    }

    public DraftJournal drafts() {
        return drafts;
    }

    public ConnectionService connections() {
        return connections;
    }

    /** The app's settings, once {@link #start()} has completed. */
    public SettingsService settings() {
        return settings;
    }

    @Override
    public void close() {
        if (drafts != null) {
            try {
                draftWriter.submit(drafts::flushAll).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.error("Pending drafts could not be written at exit", e);
            }
        }
        shutdown(draftWriter);
        shutdown(bulkExecutor);
        shutdown(filterExecutor);
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
