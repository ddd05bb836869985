package io.characterstudio.ui.main;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.CloneItem;
import io.characterstudio.service.CopyNames;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.bulk.BulkPlan;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Bulk clone of the library's selection (a piece of {@link BulkCommands}): asks how many copies,
 * whether to copy the knowledge bank and a name pattern, shows the dry run (each copy's name, free
 * at this moment; a short ID beside sources that share a name; a note on a source with an unsaved
 * draft, which is cloned from the server's copy), then clones the {@link CloneItem}s, never
 * retrying a clone by itself.
 */
final class BulkClone {

    /** What the dry run and the report say of a source whose draft is not cloned. */
    static final String DRAFT_NOTE = "cloned from the server copy; its draft is not included";

    private final LibraryViewModel library;
    private final BulkDialogs dialogs;
    private final Supplier<Session> session;
    private final Executor bulkExecutor;
    private final BulkRunner runner;

    BulkClone(
            LibraryViewModel library,
            BulkDialogs dialogs,
            Supplier<Session> session,
            Executor bulkExecutor,
            BulkRunner runner) {
        this.library = library;
        this.dialogs = dialogs;
        this.session = session;
        this.bulkExecutor = bulkExecutor;
        this.runner = runner;
    }

    /** Asks for the copies, shows the dry run, and clones the characters {@code ids} if the user agrees. */
    CompletableFuture<Boolean> start(List<String> ids) {
        Optional<BulkDialogs.BulkCloneRequest> request = dialogs.askBulkClone(ids.size());
        if (request.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return cloneIfAgreed(CloneItem.of(ids, request.get().copies()), request.get());
    }

    /** Shows the dry run of the clone items (names free at this moment), then clones them if the user agrees. */
    private CompletableFuture<Boolean> cloneIfAgreed(List<CloneItem> items, BulkDialogs.BulkCloneRequest r) {
        Map<CloneItem, CopyNames.Proposed> names = CopyNames.forClones(
                r.namePattern(),
                items,
                library::nameOf,
                library.all().stream().map(LibraryItem::name).toList());
        Map<String, String> shown = sourceNames(items);
        List<String> lines = items.stream()
                .map(item -> "clone   " + itemName(shown, item) + "  \u2192  \""
                        + names.get(item).name() + "\"" + (r.withKnowledgeBank() ? " (with knowledge bank)" : "")
                        + (names.get(item).taken() ? " (a character of this name exists already)" : ""))
                .toList();
        long taken = names.values().stream().filter(CopyNames.Proposed::taken).count();
        long sources = items.stream().map(CloneItem::sourceId).distinct().count();
        BulkPlan plan = new BulkPlan(
                "Clone " + sources + " characters",
                items.size() + " new characters, " + BulkCommands.CONCURRENCY + " at a time. A clone is never retried"
                        + " by itself: a retried clone would make a duplicate."
                        + (taken > 0 ? " " + taken + " of the names exist already." : ""),
                lines,
                "Clone " + items.size());
        if (!dialogs.confirmPlan(plan)) {
            return CompletableFuture.completedFuture(false);
        }
        Map<CloneItem, String> chosen = new HashMap<>();
        if (r.namePattern() != null && !r.namePattern().isBlank()) {
            names.forEach((item, proposed) -> chosen.put(item, proposed.name()));
        }
        return cloneRun(items, r, chosen, shown);
    }

    private CompletableFuture<Boolean> cloneRun(
            List<CloneItem> items,
            BulkDialogs.BulkCloneRequest r,
            Map<CloneItem, String> names,
            Map<String, String> shown) {
        BulkRunner.Job<CloneItem, ServerCharacter> job = new BulkRunner.Job<>(
                "Cloning",
                "Bulk clone",
                items.size(),
                onItem -> session.get()
                        .service()
                        .bulk()
                        .cloneMany(items, r.withKnowledgeBank(), names, BulkCommands.CONCURRENCY, bulkExecutor, onItem),
                item -> itemName(shown, item),
                copy -> "cloned as \"" + copy.name() + "\" (" + copy.id() + ")",
                "Nothing is retried automatically: a retried clone would make a duplicate.",
                true);
        return runner.run(job, failed -> {})
                .thenCompose(outcome -> outcome.again().isEmpty()
                        ? CompletableFuture.completedFuture(outcome.notDone().isEmpty())
                        : cloneIfAgreed(outcome.again(), r));
    }

    /**
     * How each source is named in the dry run and the report: its name, with its short ID when
     * another source of the run has the same name, and the draft note when it has an unsaved draft.
     */
    private Map<String, String> sourceNames(List<CloneItem> items) {
        List<String> sources =
                items.stream().map(CloneItem::sourceId).distinct().toList();
        Map<String, Long> perName =
                sources.stream().collect(Collectors.groupingBy(library::nameOf, Collectors.counting()));
        Set<String> withDraft = sources.stream()
                .filter(id -> library.item(id).map(LibraryItem::hasDraft).orElse(false))
                .collect(Collectors.toSet());
        Map<String, String> shown = new HashMap<>();
        for (String id : sources) {
            String name = library.nameOf(id);
            String label = perName.get(name) > 1
                    ? name + " (" + library.item(id).map(LibraryItem::shortId).orElse(id) + ")"
                    : name;
            shown.put(id, withDraft.contains(id) ? label + " (" + DRAFT_NOTE + ")" : label);
        }
        return shown;
    }

    /** "Ann (7bd3274c), copy 2"; "Bo (cloned from the server copy; its draft is not included), copy 1". */
    private static String itemName(Map<String, String> shown, CloneItem item) {
        return shown.get(item.sourceId()) + ", copy " + item.copy();
    }
}
