package io.characterstudio.testsupport;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.RetryPolicy;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.SettingsService;
import io.characterstudio.store.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real sandbox, a real workspace and the services over them, for view-model and view tests.
 * With {@code Runnable::run} as executor every call completes before it returns. The sandbox keeps
 * its characters in memory; the workspace is SQLite in {@code dataDir}, or, with
 * {@link #inMemory(Executor)}, in a folder on a memory file system that closing removes.
 */
public final class SandboxWorld implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public final Sandbox sandbox;
    public final Workspace workspace;
    public final CharacterService service;
    public final SettingsService settings;
    public final ConvaiClient direct;
    public final ConnectionInfo connection;
    public final ConnectionService connections;
    /** Journals at once, on the caller's thread: a test sees each draft write as it happens. */
    public final io.characterstudio.service.DraftJournal drafts;

    public final io.characterstudio.service.TrashService trash;
    public final io.characterstudio.service.TransferService transfer =
            new io.characterstudio.service.TransferService(new io.characterstudio.service.CharacterFiles(JSON));

    /** Where a world made by {@link #inMemory} keeps its workspace: a memory file system on Linux. */
    static final Path MEMORY_ROOT = Path.of("/dev/shm");

    /**
     * A world whose workspace lives on a memory file system ({@code /dev/shm} where the machine has
     * one, else the temp folder): the same SQLite and the same code, without waiting for a disk.
     * {@link #close()} deletes the folder.
     */
    public static SandboxWorld inMemory(Executor executor) {
        try {
            Path root = Files.isDirectory(MEMORY_ROOT) && Files.isWritable(MEMORY_ROOT)
                    ? MEMORY_ROOT
                    : Path.of(System.getProperty("java.io.tmpdir"));
            return new SandboxWorld(Files.createTempDirectory(root, "cs-world-"), executor, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SandboxWorld(Path dataDir, Executor executor) {
        this(dataDir, executor, false);
    }

    private SandboxWorld(Path dataDir, Executor executor, boolean ownsDataDir) {
        this.ownedDataDir = ownsDataDir ? dataDir : null;
        try {
            sandbox = Sandbox.start(SandboxConfig.inMemory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
        ConvaiSettings s =
                ConvaiSettings.of(sandbox.baseUri(), sandbox.apiKey()).withRetryPolicy(RetryPolicy.NONE);
        service = new CharacterService(
                "sandbox",
                new ConvaiClient(s, JSON),
                workspace.knownCharacters(),
                workspace.revisions(),
                workspace.tags(),
                executor);
        settings = new SettingsService(workspace.settings(), executor);
        direct = new ConvaiClient(s, JSON);
        connection = new ConnectionInfo("sandbox", "Sandbox (this computer)", sandbox.baseUri(), true);
        connections = new ConnectionService(
                connection,
                sandbox.apiKey(),
                workspace.connections(),
                workspace.keys(),
                java.util.Optional.empty(),
                JSON,
                executor);
        this.executor = executor;
        trash = new io.characterstudio.service.TrashService(workspace.trash(), executor, Clock.systemUTC());
        drafts = new io.characterstudio.service.DraftJournal(
                workspace.drafts(), (task, delay) -> task.run(), Runnable::run, java.time.Duration.ZERO);
    }

    private final Executor executor;
    private final Path ownedDataDir;
    private final java.util.Map<String, CharacterService> services = new java.util.HashMap<>();

    /** The service of a connection, as the app's composition root makes it. */
    public CharacterService serviceFor(ConnectionInfo c) {
        if (c.id().equals(connection.id())) {
            return service;
        }
        return services.computeIfAbsent(
                c.id(),
                id -> new CharacterService(
                        id,
                        new ConvaiClient(connections.settingsFor(c).withRetryPolicy(RetryPolicy.NONE), JSON),
                        workspace.knownCharacters(),
                        workspace.revisions(),
                        workspace.tags(),
                        executor));
    }

    /** The current session of the embedded connection, for view-models that take one. */
    public javafx.beans.value.ObservableValue<io.characterstudio.ui.common.Session> session() {
        return new javafx.beans.property.SimpleObjectProperty<>(
                new io.characterstudio.ui.common.Session(connection, service));
    }

    @Override
    public void close() {
        workspace.close();
        sandbox.close();
        if (ownedDataDir != null) {
            try (Stream<Path> files = Files.walk(ownedDataDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
