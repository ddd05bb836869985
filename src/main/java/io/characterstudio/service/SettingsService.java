package io.characterstudio.service;

import io.characterstudio.store.SettingsStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The app's settings: read once at start (so the UI reads them without I/O), written in the
 * background. Values are strings; callers parse and validate their own.
 */
public final class SettingsService {

    private final SettingsStore store;
    private final Executor executor;
    private final Map<String, String> values = new ConcurrentHashMap<>();

    public SettingsService(SettingsStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
        values.putAll(store.all());
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Keeps the values now and writes them to the workspace in the background. */
    public CompletableFuture<Void> putAll(Map<String, String> changes) {
        values.putAll(changes);
        Map<String, String> copy = Map.copyOf(changes);
        return CompletableFuture.runAsync(() -> store.putAll(copy), executor);
    }
}
