package io.characterstudio.ui.history;

import java.util.concurrent.CompletableFuture;

/**
 * How History puts a revision (or one field of it) into the editor without losing anything:
 * unsaved edits that the put-back replaces are first kept in the character's history as
 * "Discarded edits", and Undo puts them back (the main window's DiscardedEdits does this).
 */
@FunctionalInterface
public interface EditorReplacement {

    /**
     * Runs {@code apply}, which changes the editor's fields; unsaved edits it replaces are kept
     * first. {@code done} is the status message. Completes when the replaced edits are kept (or
     * could not be: the status bar then says so).
     */
    CompletableFuture<Void> replace(Runnable apply, String done);
}
