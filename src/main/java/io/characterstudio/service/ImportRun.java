package io.characterstudio.service;

import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.PortableCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.ImportItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The running half of an import (see {@link TransferService}): runs the CREATE, UPDATE and ADD_ID
 * items of a plan as one bulk run (the others are not run); each item's value says what was done,
 * and the tags and extensions of an imported file are kept on this computer.
 */
final class ImportRun {

    private ImportRun() {}

    static BulkRun<String, String> start(
            CharacterService service,
            List<ImportItem> items,
            int concurrency,
            Executor bulkExecutor,
            Consumer<ItemResult<String, String>> onItem) {
        Map<String, ImportItem> byKey = new LinkedHashMap<>();
        items.stream()
                .filter(i -> i.action() == Action.CREATE || i.action() == Action.UPDATE || i.action() == Action.ADD_ID)
                .forEach(i -> byKey.put(i.key(), i));
        return BulkRun.start(
                List.copyOf(byKey.keySet()),
                concurrency,
                bulkExecutor,
                key -> runOne(service, Objects.requireNonNull(byKey.get(key))),
                onItem);
    }

    private static String runOne(CharacterService service, ImportItem item) {
        switch (item.action()) {
            case ADD_ID -> {
                String id = item.id().orElseThrow();
                ServerCharacter c = service.calls().read(id, Origin.IMPORTED);
                return "added \"" + c.name() + "\" (" + id + ")";
            }
            case UPDATE -> {
                PortableCharacter p = item.character().orElseThrow();
                String id = p.id().orElseThrow();
                ServerCharacter now = service.calls().current(id);
                service.calls().save(now, p.fields(), false);
                keepLocal(service, id, p);
                return "updated " + id;
            }
            default -> {
                PortableCharacter p = item.character().orElseThrow();
                CreatedCharacter created = join(service.create(p.fields()));
                String id = created.character().id();
                service.calls()
                        .record(
                                created.character(),
                                Origin.IMPORTED,
                                p.clonedFrom().orElse(null));
                keepLocal(service, id, p);
                return "created as " + id
                        + created.languagesNotSet()
                                .map(e -> " (languages not set: " + FailureMessages.describe(e, "") + ")")
                                .orElse("");
            }
        }
    }

    private static void keepLocal(CharacterService service, String id, PortableCharacter p) {
        service.tags().keepImported(id, p.tags(), p.otherExtensions());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
