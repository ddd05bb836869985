package io.characterstudio.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for a future on a worker thread, rethrowing its own failure rather than a wrapper. */
final class Blocking {

    private Blocking() {}

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
