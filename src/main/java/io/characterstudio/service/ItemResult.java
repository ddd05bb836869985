package io.characterstudio.service;

import java.util.Optional;

/** The outcome of one item of a bulk operation: a value, a failure, or skipped (cancelled). */
public record ItemResult<T>(String id, Optional<T> value, Optional<Throwable> failure) {

    public static <T> ItemResult<T> done(String id, T value) {
        return new ItemResult<>(id, Optional.of(value), Optional.empty());
    }

    public static <T> ItemResult<T> failed(String id, Throwable failure) {
        return new ItemResult<>(id, Optional.empty(), Optional.of(failure));
    }

    public static <T> ItemResult<T> skipped(String id) {
        return new ItemResult<>(id, Optional.empty(), Optional.empty());
    }

    public boolean succeeded() {
        return value.isPresent();
    }

    public boolean wasSkipped() {
        return value.isEmpty() && failure.isEmpty();
    }
}
