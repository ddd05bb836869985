package io.characterstudio.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.characterstudio.files.OwnerOnlyFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running sandbox: a local server that answers the Convai character API as
 * {@code docs/convai-api.md} describes it (and what it adds, in its "What the sandbox adds"). It listens on 127.0.0.1 only. The app embeds one;
 * {@link SandboxMain} runs one on its own; tests start one per test on a port the OS picks. A
 * sandbox with a data folder keeps it and its files owner-only.
 */
public final class Sandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    private static final String DATABASE_FILE = "sandbox.db";

    static {
        // The JDK server writes headers and body as two packets; without TCP_NODELAY a
        // keep-alive client waits for its delayed ACK (about 40 ms) on every answer. The
        // property is read once, when the first server of the JVM starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final DeadlineWorkers workers;
    private final CharacterStore store;
    private final FaultInjector faults;
    private final String apiKey;
    private final Optional<Path> dataDir;

    private Sandbox(
            HttpServer server,
            DeadlineWorkers workers,
            CharacterStore store,
            FaultInjector faults,
            String apiKey,
            Optional<Path> dataDir) {
        this.server = server;
        this.workers = workers;
        this.store = store;
        this.faults = faults;
        this.apiKey = apiKey;
        this.dataDir = dataDir;
    }

    public static Sandbox start(SandboxConfig config) throws IOException {
        return start(config, JsonMapper.builder().build(), Clock.systemUTC());
    }

    /** Starts a sandbox with the caller's JSON mapper (the app has one) and clock. */
    public static Sandbox start(SandboxConfig config, JsonMapper mapper, Clock clock) throws IOException {
        return start(config, mapper, clock, RequestLimits.DEFAULT);
    }

    /** Starts an in-memory or persistent sandbox with other request limits, for tests. */
    static Sandbox start(SandboxConfig config, RequestLimits limits) throws IOException {
        return start(config, JsonMapper.builder().build(), Clock.systemUTC(), limits);
    }

    private static Sandbox start(SandboxConfig config, JsonMapper mapper, Clock clock, RequestLimits limits)
            throws IOException {
        WireJson json = new WireJson(mapper);
        CharacterStore store = openStore(config, mapper);
        try {
            String key = config.apiKey().isPresent() ? config.apiKey().get() : storedOrNewKey(config);
            String userId = userId(store);
            Catalog catalog = Catalog.load(json);
            CharacterApi api = new CharacterApi(store, catalog, json, clock, userId);
            FaultInjector faults = new FaultInjector(config.faults(), config.faultSeed());
            SandboxHttpHandler handler =
                    new SandboxHttpHandler(api, catalog, ApiKeys.of(List.of(key)), faults, json, limits);

            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), config.port()), 128);
            DeadlineWorkers workers = new DeadlineWorkers(limits);
            server.setExecutor(workers);
            server.createContext("/", handler);
            server.start();
            Sandbox sandbox = new Sandbox(server, workers, store, faults, key, config.dataDir());
            LOG.info(
                    "Sandbox listening on {} ({})",
                    sandbox.baseUri(),
                    config.dataDir().map(d -> "data in " + d).orElse("in memory"));
            return sandbox;
        } catch (IOException | RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    /** The base URL clients use, such as {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** The address the server is bound to: always 127.0.0.1. */
    public InetSocketAddress bindAddress() {
        return server.getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The key this sandbox accepts in the {@code CONVAI-API-KEY} header. */
    public String apiKey() {
        return apiKey;
    }

    public Optional<Path> dataDir() {
        return dataDir;
    }

    /** Fault injection of this sandbox, to change at run time. */
    public FaultInjector faults() {
        return faults;
    }

    /** How many characters the sandbox holds. */
    public int characterCount() {
        try {
            return store.count();
        } catch (SQLException e) {
            throw new IllegalStateException("The sandbox database could not be read", e);
        }
    }

    /** The database, for tests of this package that need to break it. */
    CharacterStore store() {
        return store;
    }

    @Override
    public void close() {
        server.stop(0);
        try {
            if (!workers.shutdown(5)) {
                LOG.warn("Sandbox workers did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(store);
        LOG.info("Sandbox on port {} stopped", server.getAddress().getPort());
    }

    private static CharacterStore openStore(SandboxConfig config, JsonMapper mapper) throws IOException {
        try {
            if (config.dataDir().isPresent()) {
                Path dir = config.dataDir().get();
                OwnerOnlyFiles.createFolder(dir);
                CharacterStore store = CharacterStore.open(dir.resolve(DATABASE_FILE), mapper);
                OwnerOnlyFiles.restrictExisting(dir, DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm");
                return store;
            }
            return CharacterStore.inMemory(mapper);
        } catch (SQLException e) {
            throw new IOException("Could not open the sandbox database: " + e.getMessage(), e);
        }
    }

    private static String storedOrNewKey(SandboxConfig config) throws IOException {
        return config.dataDir().isPresent()
                ? ApiKeys.loadOrCreate(config.dataDir().get())
                : ApiKeys.generate();
    }

    /** The account's user ID, made once and kept in the database like the characters. */
    private static String userId(CharacterStore store) throws IOException {
        try {
            Optional<String> stored = store.meta("user_id");
            if (stored.isPresent()) {
                return stored.get();
            }
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            store.putMeta("user_id", id);
            return id;
        } catch (SQLException e) {
            throw new IOException("Could not read the sandbox database: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(CharacterStore store) {
        try {
            store.close();
        } catch (SQLException e) {
            LOG.warn("Closing the sandbox database failed: {}", e.getMessage());
        }
    }
}
