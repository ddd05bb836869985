package io.characterstudio.service;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.Language;
import io.characterstudio.model.ValidationProblem;
import io.characterstudio.model.VoiceOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The voice and language catalogues of one connection, each fetched once on the executor (a
 * failed fetch is tried again next time), and the check of fields against them.
 */
final class Catalogues {

    private final ConvaiClient client;
    private final Executor executor;
    private final AtomicReference<CompletableFuture<List<VoiceOption>>> voices = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<List<Language>>> languages = new AtomicReference<>();

    Catalogues(ConvaiClient client, Executor executor) {
        this.client = client;
        this.executor = executor;
    }

    CompletableFuture<List<VoiceOption>> voices() {
        return cached(voices, client::voices);
    }

    CompletableFuture<List<Language>> languages() {
        return cached(languages, client::languages);
    }

    /** The fields, or an {@link InvalidCharacterException} listing what {@link CharacterRules} finds. */
    CompletableFuture<CharacterFields> validated(CharacterFields fields) {
        return languages().thenApply(catalogue -> {
            List<String> codes = catalogue.stream().map(Language::code).toList();
            List<ValidationProblem> problems = CharacterRules.check(fields, codes::contains);
            if (!problems.isEmpty()) {
                throw new InvalidCharacterException(problems);
            }
            return fields;
        });
    }

    /** As {@link #validated}, blocking, for callers already off the FX thread. */
    void check(CharacterFields fields) {
        Blocking.join(validated(fields));
    }

    private <T> CompletableFuture<T> cached(AtomicReference<CompletableFuture<T>> slot, Supplier<T> fetch) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> existing = slot.compareAndExchange(null, mine);
        if (existing != null) {
            return existing;
        }
        CompletableFuture.supplyAsync(fetch, executor).whenComplete((value, error) -> {
            if (error != null) {
                slot.compareAndSet(mine, null);
                mine.completeExceptionally(
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            } else {
                mine.complete(value);
            }
        });
        return mine;
    }
}
