package io.characterstudio.service;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.store.KnownCharacterStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Merges the account's character list into one connection's known list. */
public final class CharacterSync {

    private final String connectionId;
    private final ConvaiClient client;
    private final KnownCharacterStore known;
    private final Executor executor;

    CharacterSync(String connectionId, ConvaiClient client, KnownCharacterStore known, Executor executor) {
        this.connectionId = connectionId;
        this.client = client;
        this.known = known;
        this.executor = executor;
    }

    /**
     * Merges the account's character list into the known list: new characters are added (their
     * backstories are fetched when opened), renamed ones updated, and known ones no longer on
     * the account marked missing (never dropped), in one transaction.
     */
    public CompletableFuture<SyncSummary> withAccount() {
        return CompletableFuture.supplyAsync(this::now, executor);
    }

    private SyncSummary now() {
        List<CharacterSummary> account = client.list();
        Map<String, KnownCharacter> before = new HashMap<>();
        known.list(connectionId).forEach(k -> before.put(k.id(), k));
        List<String> added = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CharacterSummary s : account) {
            seen.add(s.id());
            KnownCharacter was = before.get(s.id());
            if (was == null) {
                added.add(s.name());
            } else if (!was.name().equals(s.name())) {
                renamed.add(was.name() + " \u2192 " + s.name());
            }
        }
        List<String> gone = new ArrayList<>();
        List<String> goneIds = new ArrayList<>();
        for (KnownCharacter k : before.values()) {
            if (!seen.contains(k.id()) && k.status() == Status.PRESENT) {
                goneIds.add(k.id());
                gone.add(k.name());
            }
        }
        // One transaction: a failure midway leaves the known list as it was before the sync.
        known.recordAccount(connectionId, account, goneIds);
        return new SyncSummary(account.size(), added, renamed, gone);
    }
}
