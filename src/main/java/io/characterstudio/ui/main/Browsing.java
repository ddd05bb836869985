package io.characterstudio.ui.main;

import io.characterstudio.ui.common.Debouncer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Opening what the library's selection rests on. Every selection change is cheap: it drops the
 * answer of any open still in flight (never shown) and restarts a short wait; only when the
 * selection has rested for {@link #REST} is the row opened, through the usual open, so unsaved
 * edits are asked about (and journalled) exactly as for any other open. Holding an arrow key over
 * thousands of rows therefore opens one character, the one the key stops on.
 */
final class Browsing {

    /** How long the selection must rest before its row opens. */
    static final Duration REST = Duration.ofMillis(150);

    private final Opener opener;
    private final Function<String, CompletableFuture<Boolean>> open;
    private final Debouncer debouncer;
    private CompletableFuture<Boolean> pending = CompletableFuture.completedFuture(true);

    Browsing(Opener opener, Function<String, CompletableFuture<Boolean>> open, Debouncer.Scheduler scheduler) {
        this.opener = opener;
        this.open = open;
        this.debouncer = new Debouncer(scheduler, REST);
    }

    /**
     * The selection moved to {@code id} (on the FX thread). Completes with false only when this is
     * still the newest selection and its row was not opened (the user stayed where they were, or
     * the open failed): then the selection goes back to the open character. A selection overtaken
     * by a newer one completes with true: there is nothing to put back.
     */
    CompletableFuture<Boolean> selected(String id) {
        opener.supersede();
        pending.complete(true);
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        pending = mine;
        debouncer.submit(() -> open.apply(id)
                .whenComplete((opened, failure) -> mine.complete(Boolean.TRUE.equals(opened) || mine != pending)));
        return mine;
    }
}
