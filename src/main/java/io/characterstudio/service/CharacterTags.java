package io.characterstudio.service;

import io.characterstudio.store.TagStore;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The local tags (and other file extensions kept with them) of one connection's characters. */
public final class CharacterTags {

    private final String connectionId;
    private final TagStore store;
    private final Executor executor;

    CharacterTags(String connectionId, TagStore store, Executor executor) {
        this.connectionId = connectionId;
        this.store = store;
        this.executor = executor;
    }

    /** Every character's tags, by character ID. */
    public CompletableFuture<Map<String, Set<String>>> all() {
        return CompletableFuture.supplyAsync(this::allNow, executor);
    }

    /** Adds ({@code on}) or removes a tag on characters of this connection. */
    public CompletableFuture<Void> tag(List<String> ids, String tag, boolean on) {
        return CompletableFuture.runAsync(
                () -> {
                    if (on) {
                        store.add(connectionId, ids, tag);
                    } else {
                        store.remove(connectionId, ids, tag);
                    }
                },
                executor);
    }

    /** As {@link #all()}, blocking. */
    Map<String, Set<String>> allNow() {
        return store.all(connectionId);
    }

    /** The extensions an imported file carried for {@code id} (a JSON object, "{}" when none). */
    String extensions(String id) {
        return store.extensions(connectionId, id);
    }

    /** Keeps an imported character's tags (lower-cased, blanks dropped) and extensions (blocking). */
    void keepImported(String id, Collection<String> tags, String extensions) {
        for (String tag : tags.stream().filter(t -> !t.isBlank()).toList()) {
            store.add(connectionId, List.of(id), tag.strip().toLowerCase(Locale.ROOT));
        }
        store.putExtensions(connectionId, id, extensions);
    }
}
