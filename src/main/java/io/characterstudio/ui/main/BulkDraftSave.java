package io.characterstudio.ui.main;

import io.characterstudio.model.Draft;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.bulk.BulkPlan;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Saving journalled drafts in bulk (a piece of {@link BulkCommands}): the drafts of the selection
 * (or of every character, when at most one is selected), each saved against the copy it started
 * from after a dry run the user agrees to; the open character's draft is left to Ctrl+S, and a
 * draft not saved is kept.
 */
final class BulkDraftSave {

    private final LibraryViewModel library;
    private final StatusModel status;
    private final BulkDialogs dialogs;
    private final DraftJournal drafts;
    private final Supplier<Session> session;
    private final Executor ui;
    private final Executor bulkExecutor;
    private final BulkRunner runner;

    BulkDraftSave(
            LibraryViewModel library,
            StatusModel status,
            BulkDialogs dialogs,
            DraftJournal drafts,
            Supplier<Session> session,
            Executor ui,
            Executor bulkExecutor,
            BulkRunner runner) {
        this.library = library;
        this.status = status;
        this.dialogs = dialogs;
        this.drafts = drafts;
        this.session = session;
        this.ui = ui;
        this.bulkExecutor = bulkExecutor;
        this.runner = runner;
    }

    /** Lists the drafts, shows the dry run and saves them if the user agrees; {@code open} is the editor's character. */
    CompletableFuture<Boolean> start(List<String> selected, ServerCharacter open) {
        String connectionId = session.get().connection().id();
        return drafts.list(connectionId)
                .thenComposeAsync(
                        found -> {
                            List<Draft> chosen = new ArrayList<>();
                            List<String> leftOut = new ArrayList<>();
                            for (Draft d : found) {
                                String id = d.characterId().orElse(null);
                                boolean isOpen = open != null && open.id().equals(id);
                                if (id != null && (selected.size() <= 1 || selected.contains(id))) {
                                    if (isOpen) {
                                        leftOut.add("open    " + d.title()
                                                + " is open in the editor: save it there (Ctrl+S)");
                                    } else {
                                        chosen.add(d);
                                    }
                                }
                            }
                            if (chosen.isEmpty()) {
                                status.succeeded("No drafts to save"
                                        + (open != null ? " (save the open character with Ctrl+S)." : "."));
                                return CompletableFuture.completedFuture(true);
                            }
                            List<String> lines = chosen.stream()
                                    .map(d -> "save    " + d.title() + ": "
                                            + String.join(
                                                    ", ",
                                                    d.base()
                                                            .map(b -> b.changesTo(d.fields())
                                                                    .changedFields())
                                                            .orElse(List.of("all fields"))))
                                    .collect(Collectors.toCollection(ArrayList::new));
                            lines.addAll(leftOut);
                            BulkPlan plan = new BulkPlan(
                                    "Save " + chosen.size() + (chosen.size() == 1 ? " draft" : " drafts"),
                                    "Each draft is saved over the copy it started from; one changed elsewhere is left for you to"
                                            + " open and merge.",
                                    lines,
                                    "Save " + chosen.size());
                            return dialogs.confirmPlan(plan) ? run(chosen) : CompletableFuture.completedFuture(false);
                        },
                        ui);
    }

    private CompletableFuture<Boolean> run(List<Draft> chosen) {
        BulkRunner.Job<String, ServerCharacter> job = new BulkRunner.Job<>(
                "Saving drafts",
                "Save drafts",
                chosen.size(),
                onItem -> session.get()
                        .service()
                        .bulk()
                        .saveDrafts(
                                chosen,
                                BulkCommands.CONCURRENCY,
                                bulkExecutor,
                                d -> drafts.discard(d.connectionId(), d.key()),
                                onItem),
                library::nameOf,
                saved -> "saved",
                "The drafts not saved are kept.",
                true);
        return runner.run(job, failed -> {})
                .thenCompose(outcome -> outcome.again().isEmpty()
                        ? CompletableFuture.completedFuture(outcome.notDone().isEmpty())
                        : run(chosen.stream()
                                .filter(d ->
                                        outcome.again().contains(d.characterId().orElse("")))
                                .toList()));
    }
}
