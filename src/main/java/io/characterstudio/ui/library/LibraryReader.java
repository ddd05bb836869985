package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.StatusModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Reads the library's rows from the workspace (all of them, or one again) and hands them over on
 * {@code ui}; an answer older than a newer full read is dropped. A failure is said in the status
 * bar, and a failed full read is remembered ({@link #failedProperty()}) for the empty list's text.
 */
final class LibraryReader {

    private final Supplier<CharacterService> service;
    private final DraftJournal drafts;
    private final StatusModel status;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    private final BooleanProperty failed = new SimpleBooleanProperty(false);

    LibraryReader(Supplier<CharacterService> service, DraftJournal drafts, StatusModel status, Executor ui) {
        this.service = service;
        this.drafts = drafts;
        this.status = status;
        this.ui = ui;
    }

    /** Reads every row (with its tags and draft mark); {@code rows} gets them unless a newer read was asked for. */
    CompletableFuture<Void> all(Consumer<List<LibraryItem>> rows) {
        long mine = generation.incrementAndGet();
        CharacterService s = service.get();
        CompletableFuture<Set<String>> withDrafts = drafts.list(s.connectionId())
                .thenApply(list ->
                        list.stream().map(d -> d.characterId().orElse("")).collect(Collectors.toSet()));
        return s.knownCharacters()
                .thenCombine(s.tags().all(), (known, tags) ->
                        (Function<Set<String>, List<LibraryItem>>) draftIds -> LibraryRows.of(known, tags, draftIds))
                .thenCombine(withDrafts, Function::apply)
                .handleAsync(
                        (read, failure) -> {
                            if (mine != generation.get()) {
                                return null;
                            }
                            if (failure != null) {
                                failed.set(true);
                                status.failed(
                                        "The library could not be read: " + FailureMessages.describe(failure, ""));
                            } else {
                                rows.accept(read);
                            }
                            return null;
                        },
                        ui);
    }

    /** Reads one character again; {@code row} gets it unless a full read was asked for meanwhile. */
    CompletableFuture<Void> one(String id, Consumer<KnownCharacter> row) {
        long mine = generation.get();
        return service.get()
                .knownCharacter(id)
                .handleAsync(
                        (Optional<KnownCharacter> found, Throwable failure) -> {
                            if (mine != generation.get()) {
                                return null;
                            }
                            if (failure != null) {
                                status.failed(
                                        "The library could not be read: " + FailureMessages.describe(failure, ""));
                            } else {
                                found.ifPresent(row);
                            }
                            return null;
                        },
                        ui);
    }

    /** Whether the last full read failed. */
    BooleanProperty failedProperty() {
        return failed;
    }
}
