package io.characterstudio.ui.main;

import io.characterstudio.model.DisplayTime;
import io.characterstudio.model.Revision;
import io.characterstudio.model.WordCount;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.open.OpenDialogs;
import io.characterstudio.ui.open.OpenDialogs.Found;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Edit > Recover discarded new characters…: the edits of characters never created (a new
 * character reverted, left with "Don't save", or its crash draft discarded) have no saved
 * character whose History could show them; this lists them (name, when, words) and Restore puts
 * the chosen one into the editor as a new, unsaved character. The entry stays where it is.
 */
final class DiscardedNewCharacters {

    private static final DateTimeFormatter WHEN = DisplayTime.MINUTES;

    private final EditorViewModel editor;
    private final StatusModel status;
    private final OpenDialogs dialogs;
    private final Supplier<Session> session;
    private final Executor ui;
    private final LeaveGuard leaveGuard;

    DiscardedNewCharacters(
            EditorViewModel editor,
            StatusModel status,
            OpenDialogs dialogs,
            Supplier<Session> session,
            Executor ui,
            LeaveGuard leaveGuard) {
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
        this.session = session;
        this.ui = ui;
        this.leaveGuard = leaveGuard;
    }

    /**
     * Lists the discarded new characters of this connection (after asking about unsaved edits)
     * and restores the chosen one; completes with true when one is in the editor.
     */
    CompletableFuture<Boolean> recover() {
        return leaveGuard
                .ask()
                .thenCompose(ok -> !ok
                        ? CompletableFuture.completedFuture(false)
                        : session.get()
                                .service()
                                .history()
                                .discardedNewCharacters()
                                .handleAsync(
                                        (found, failure) -> {
                                            if (failure != null) {
                                                status.failed(
                                                        "The discarded new characters could not be read: "
                                                                + FailureMessages.describe(failure, ""),
                                                        failure);
                                                return false;
                                            }
                                            return choose(found);
                                        },
                                        ui));
    }

    private boolean choose(List<Revision> found) {
        if (found.isEmpty()) {
            status.succeeded("No discarded new characters on this connection: nothing to recover.");
            return false;
        }
        Optional<String> chosen = dialogs.askRecoverDiscarded(
                found.stream().map(DiscardedNewCharacters::row).toList());
        Optional<Revision> revision = chosen.flatMap(id ->
                found.stream().filter(r -> Long.toString(r.id()).equals(id)).findFirst());
        if (revision.isEmpty()) {
            return false;
        }
        editor.startNew();
        editor.applyFields(revision.get().fields());
        status.succeeded("Restored the discarded new character \"" + name(revision.get()) + "\" from "
                + when(revision.get()) + ": it is not saved yet; save (Ctrl+S) to create it.");
        return true;
    }

    /**
     * One line of the list: the name, what discarded it and when ("discarded by Revert, 29 Nov
     * 2026, 14:02"), and the backstory's words.
     */
    static Found row(Revision r) {
        int words = WordCount.of(r.fields().backstory());
        String by = r.discardedBy().isBlank() ? "" : "by " + r.discardedBy() + ", ";
        return new Found(
                Long.toString(r.id()),
                name(r),
                "discarded " + by + when(r) + " \u00B7 " + words + (words == 1 ? " word" : " words"));
    }

    private static String name(Revision r) {
        return r.fields().name().isBlank() ? "(no name)" : r.fields().name();
    }

    private static String when(Revision r) {
        return WHEN.format(r.savedAt().atZone(ZoneId.systemDefault()));
    }
}
