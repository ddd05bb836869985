package io.characterstudio.service;

import java.util.Optional;

/**
 * The outcome of one item of a bulk operation: a value, a failure, or skipped (cancelled).
 *
 * @param id the item: a character's ID, a {@link CloneItem}, an import item's key
 */
public record ItemResult<I, T>(I id, Optional<T> value, Optional<Throwable> failure) {

    public static <I, T> ItemResult<I, T> done(I id, T value) {
        return new ItemResult<>(id, Optional.of(value), Optional.empty());
    }

    public static <I, T> ItemResult<I, T> failed(I id, Throwable failure) {
        return new ItemResult<>(id, Optional.empty(), Optional.of(failure));
    }

    public static <I, T> ItemResult<I, T> skipped(I id) {
        return new ItemResult<>(id, Optional.empty(), Optional.empty());
    }

    public boolean succeeded() {
        return value.isPresent();
    }

    public boolean wasSkipped() {
        return value.isEmpty() && failure.isEmpty();
    }
}
