package io.characterstudio.service;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiException;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.KeyTransport;
import io.characterstudio.convai.RetryPolicy;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.store.ConnectionStore;
import io.characterstudio.store.KeyFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backends the app can talk to: the built-in embedded sandbox (its key is its own) and the
 * user's Convai accounts and other sandboxes. Names and URLs live in the workspace database; keys
 * live only in the owner-only key file, or come from {@code CONVAI_API_KEY} / {@code --api-key-stdin}
 * for a Convai connection that has none stored. A base URL must be https, except to this computer
 * ({@link KeyTransport}): a key is never sent in clear to another computer. The list and the keys are read once, when this
 * is built (off the UI thread), and kept in memory, so that the UI reads them without I/O.
 */
public final class ConnectionService {

    public static final String EMBEDDED_ID = "sandbox";
    /** Where a new Convai connection points by default. */
    public static final URI CONVAI_URL = ConvaiSettings.CONVAI_BASE_URL;

    public static final String ENV_KEY = "CONVAI_API_KEY";
    /** The problem of a connection without a name. */
    public static final String NAME_REQUIRED = "Give the connection a name.";
    /** The problem of a Convai connection without a key (none typed, stored or given at start). */
    public static final String KEY_REQUIRED = "A Convai connection needs an API key.";

    static final Duration TEST_TIMEOUT = Duration.ofSeconds(10);

    private final ConnectionInfo embedded;
    private final String embeddedKey;
    private final ConnectionStore store;
    private final KeyFile keys;
    private final Optional<String> keyOverride;
    private final JsonMapper mapper;
    private final Executor executor;
    private volatile List<ConnectionInfo> saved;

    /** Reads the stored connections once; afterwards {@link #all()} answers from memory. */
    public ConnectionService(
            ConnectionInfo embedded,
            String embeddedKey,
            ConnectionStore store,
            KeyFile keys,
            Optional<String> keyOverride,
            JsonMapper mapper,
            Executor executor) {
        this.embedded = embedded;
        this.embeddedKey = embeddedKey;
        this.store = store;
        this.keys = keys;
        this.keyOverride = keyOverride.map(String::strip).filter(k -> !k.isEmpty());
        this.mapper = mapper;
        this.executor = executor;
        this.saved = List.copyOf(store.list());
        keys.load();
    }

    /** The embedded sandbox first, then the user's connections in the order they were added. */
    public List<ConnectionInfo> all() {
        List<ConnectionInfo> all = new ArrayList<>();
        all.add(embedded);
        all.addAll(saved);
        return all;
    }

    public Optional<ConnectionInfo> find(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public ConnectionInfo embedded() {
        return embedded;
    }

    /** Whether the key of this connection comes from the environment or the command line. */
    public boolean usesKeyOverride(ConnectionInfo c) {
        return !c.sandbox() && keys.get(c.id()).isEmpty() && keyOverride.isPresent();
    }

    /** The settings a client of this connection needs (its key included). */
    public ConvaiSettings settingsFor(ConnectionInfo c) {
        return ConvaiSettings.of(c.baseUrl(), keyOf(c));
    }

    /** Every reason the draft cannot be saved; empty when it can. */
    public List<String> problems(ConnectionDraft d) {
        List<String> problems = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            problems.add(NAME_REQUIRED);
        } else if (name.length() > 60) {
            problems.add("The name is longer than 60 characters.");
        }
        parseUrl(d.baseUrl())
                .ifPresentOrElse(
                        url -> {
                            if (!KeyTransport.allows(url)) {
                                problems.add(KeyTransport.PLAIN_HTTP_PROBLEM);
                            }
                        },
                        () -> problems.add(
                                "The base URL must be an http:// or https:// address, such as https://api.convai.com."));
        String key = d.apiKey() == null ? "" : d.apiKey().strip();
        if (key.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp))) {
            problems.add("The API key contains spaces or control characters.");
        }
        boolean stored = d.id() != null && keys.get(d.id()).isPresent();
        if (!d.sandbox() && key.isEmpty() && !stored && keyOverride.isEmpty()) {
            problems.add(KEY_REQUIRED);
        }
        if (EMBEDDED_ID.equals(d.id())) {
            problems.add("The built-in sandbox cannot be changed.");
        }
        return problems;
    }

    /**
     * Saves the draft (a new connection gets an ID). The key goes to the key file; a key left
     * empty when editing keeps the stored one. Both are saved or neither: the key is written
     * first (a full disk stops the save there, with nothing changed), and when the database then
     * refuses the connection, the key written for it is taken back.
     */
    public ConnectionInfo save(ConnectionDraft d) {
        List<String> problems = problems(d);
        if (!problems.isEmpty()) {
            throw new InvalidConnectionException(problems);
        }
        String id = d.id() == null ? UUID.randomUUID().toString() : d.id();
        ConnectionInfo c =
                new ConnectionInfo(id, d.name().strip(), parseUrl(d.baseUrl()).orElseThrow(), d.sandbox());
        String key = d.apiKey() == null ? "" : d.apiKey().strip();
        Optional<String> previousKey = keys.get(id);
        if (!key.isEmpty()) {
            keys.put(id, key);
        }
        try {
            store.save(c);
        } catch (RuntimeException e) {
            if (!key.isEmpty()) {
                takeBack(id, previousKey, e);
            }
            throw e;
        }
        saved = List.copyOf(store.list());
        return c;
    }

    /** Puts back the key a connection had before a save that failed. */
    private void takeBack(String id, Optional<String> previousKey, RuntimeException failure) {
        try {
            keys.put(id, previousKey.orElse(""));
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** {@link #save} off the caller's thread (it writes the database and the key file). */
    public CompletableFuture<ConnectionInfo> saveAsync(ConnectionDraft d) {
        return CompletableFuture.supplyAsync(() -> save(d), executor);
    }

    /** Whether a key is stored for this connection (the dialog then does not ask for it again). */
    public boolean hasStoredKey(String id) {
        return keys.get(id).isPresent();
    }

    /** Records, in the background, that a character was copied from one connection to another. */
    public CompletableFuture<Void> linkAsync(String fromConnection, String fromId, String toConnection, String toId) {
        return CompletableFuture.runAsync(() -> store.link(fromConnection, fromId, toConnection, toId), executor);
    }

    /**
     * Forgets a saved connection and its stored key, in the background; the characters known on it
     * stay in the workspace, and nothing on its server is touched. The built-in sandbox cannot be
     * removed (the future fails).
     */
    public CompletableFuture<Void> removeAsync(String id) {
        return CompletableFuture.runAsync(() -> remove(id), executor);
    }

    private void remove(String id) {
        if (EMBEDDED_ID.equals(id)) {
            throw new IllegalArgumentException("The built-in sandbox cannot be removed");
        }
        store.remove(id);
        keys.remove(id);
        saved = List.copyOf(store.list());
    }

    /** Makes a harmless read (the voice list) with the draft's URL and key, and says what happened. */
    public CompletableFuture<ConnectionCheck> test(ConnectionDraft d) {
        Optional<URI> url = parseUrl(d.baseUrl());
        if (url.isEmpty()) {
            return CompletableFuture.completedFuture(new ConnectionCheck(
                    ConnectionCheck.Outcome.UNREACHABLE,
                    "The base URL is not an http:// or https:// address.",
                    Duration.ZERO));
        }
        if (!KeyTransport.allows(url.get())) {
            return CompletableFuture.completedFuture(new ConnectionCheck(
                    ConnectionCheck.Outcome.UNREACHABLE,
                    "Not tested: " + KeyTransport.PLAIN_HTTP_PROBLEM,
                    Duration.ZERO));
        }
        String typed = d.apiKey() == null ? "" : d.apiKey().strip();
        String key = !typed.isEmpty()
                ? typed
                : d.id() == null
                        ? keyOverride.orElse("")
                        : find(d.id()).map(this::keyOf).orElse(keyOverride.orElse(""));
        ConvaiSettings settings = ConvaiSettings.of(url.get(), key)
                .withRequestTimeout(TEST_TIMEOUT)
                .withRetryPolicy(RetryPolicy.NONE);
        return CompletableFuture.supplyAsync(
                () -> {
                    long started = System.nanoTime();
                    ConnectionCheck.Outcome outcome;
                    String message;
                    try {
                        List<VoiceOption> voices = new ConvaiClient(settings, mapper).voices();
                        outcome = voices.isEmpty() ? ConnectionCheck.Outcome.NOT_CONVAI : ConnectionCheck.Outcome.OK;
                        message = voices.isEmpty()
                                ? "The server answered, but with no voices: it does not look like a Convai API."
                                : "Connected: the server offers " + voices.size() + " voices.";
                    } catch (ConvaiException e) {
                        outcome = switch (e.kind()) {
                            case AUTHENTICATION -> ConnectionCheck.Outcome.INVALID_KEY;
                            case CONNECTION, TIMEOUT -> ConnectionCheck.Outcome.UNREACHABLE;
                            default -> ConnectionCheck.Outcome.NOT_CONVAI;
                        };
                        message = ConnectionCheck.sentence(
                                outcome, e.kind() == ConvaiException.Kind.REDIRECTED, e.getMessage());
                    }
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    return new ConnectionCheck(outcome, ConnectionCheck.withTime(message, took), took);
                },
                executor);
    }

    private String keyOf(ConnectionInfo c) {
        if (c.id().equals(EMBEDDED_ID)) {
            return embeddedKey;
        }
        return keys.get(c.id())
                .or(() -> c.sandbox() ? Optional.empty() : keyOverride)
                .orElse("");
    }

    static Optional<URI> parseUrl(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getUserInfo() != null
                    || uri.getQuery() != null
                    || uri.getFragment() != null) {
                return Optional.empty();
            }
            String normal = uri.toString();
            return Optional.of(URI.create(normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
