package io.characterstudio.ui.main;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.bulk.BulkPlan;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Bulk work on the library's selection. Each command first shows a dry run (what will happen to
 * each character) and runs only when the user agrees; then {@link BulkRunner} shows progress and
 * the report, whose "Retry the N failed" and "Run the N not run" run the same operation on exactly
 * those items (two separate choices).
 */
public final class BulkCommands {

    /** Requests in flight at once: 8 keeps a 50 ms round trip over 6x faster than one at a time. */
    public static final int CONCURRENCY = 8;

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final StatusModel status;
    private final BulkDialogs dialogs;
    private final TrashService trash;
    private final DraftJournal drafts;
    private final Supplier<Session> session;
    private final Executor ui;
    private final Executor bulkExecutor;
    private final LeaveGuard leaveGuard;
    private final BulkRunner runner;
    private final BulkClone clone;

    BulkCommands(LibraryViewModel library, EditorViewModel editor, StatusModel status, BulkDialogs dialogs,
                 TrashService trash, DraftJournal drafts, Supplier<Session> session, Executor ui,
                 Executor bulkExecutor, LeaveGuard leaveGuard) {
        this.library = library;
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
        this.trash = trash;
        this.drafts = drafts;
        this.session = session;
        this.ui = ui;
        this.bulkExecutor = bulkExecutor;
        this.leaveGuard = leaveGuard;
        this.runner = new BulkRunner(library, status, dialogs, ui, bulkExecutor, System::nanoTime);
        this.clone = new BulkClone(library, dialogs, session, bulkExecutor, runner);
    }

    BulkRunner runner() {
        return runner;
    }

    public CompletableFuture<Boolean> deleteSelected() {
        Optional<List<String>> selection = selection();
        if (selection.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        List<String> ids = selection.get();
        ServerCharacter open = editor.snapshotProperty().get();
        boolean openOneGoes = open != null && ids.contains(open.id());
        CompletableFuture<Boolean> leave = openOneGoes ? leaveGuard.ask() : CompletableFuture.completedFuture(true);
        return leave.thenCompose(ok -> {
            return ok ? deleteIfAgreed(ids, openOneGoes) : CompletableFuture.completedFuture(false);
        });
    }

    /** Shows the dry run with its typed confirmation, then deletes if the user agrees. */
    private CompletableFuture<Boolean> deleteIfAgreed(List<String> ids, boolean openOneGoes) {
        BulkPlan plan = new BulkPlan("Delete " + ids.size() + " characters",
                "A copy of each goes to the trash first, then the server deletes it.",
                ids.stream().map(id -> "delete  " + library.nameOf(id) + " (" + id + ")").toList(),
                "Delete " + ids.size());
        return dialogs.confirmBulkDelete(plan) ? deleteRun(ids, openOneGoes) : CompletableFuture.completedFuture(false);
    }

    private CompletableFuture<Boolean> deleteRun(List<String> ids, boolean openOneGoes) {
        BulkRunner.Job<String, TrashEntry> job = new BulkRunner.Job<>("Deleting", "Bulk delete", ids.size(),
                onItem -> trash.deleteMany(session.get().service(), ids, CONCURRENCY, bulkExecutor, onItem),
                library::nameOf, entry -> "deleted (a copy is in the trash)",
                "The ones left are still selected: run it again to retry.", true);
        return runner.run(job, failed -> {
            library.selectedIds().setAll(failed);
            ServerCharacter open = editor.snapshotProperty().get();
            if (openOneGoes && open != null && !failed.contains(open.id())) {
                editor.discardDraft();
                editor.close();
            }
        }).thenCompose(outcome -> outcome.again().isEmpty()
                ? CompletableFuture.completedFuture(outcome.notDone().isEmpty())
                : deleteIfAgreed(outcome.again(), openOneGoes));
    }

    /** Clones the selection (asks how many copies, KB, and a name pattern), never retrying a clone by itself. */
    public CompletableFuture<Boolean> cloneSelected() {
        Optional<List<String>> selection = selection();
        return selection.isEmpty() ? CompletableFuture.completedFuture(false) : clone.start(selection.get());
    }

    /** Reads the selection again from the server (missing ones are marked so), with a report. */
    public CompletableFuture<Boolean> refreshSelected() {
        Optional<List<String>> selection = selection();
        if (selection.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return refreshIfAgreed(selection.get());
    }

    private CompletableFuture<Boolean> refreshIfAgreed(List<String> ids) {
        BulkPlan plan = new BulkPlan("Refresh " + ids.size() + " characters",
                "Each is read again from the server; nothing is changed there.",
                ids.stream().map(id -> "read    " + library.nameOf(id) + " (" + id + ")").toList(),
                "Refresh " + ids.size());
        return dialogs.confirmPlan(plan) ? refreshRun("Refreshing", "Bulk refresh", ids)
                : CompletableFuture.completedFuture(false);
    }

    /** Fetches the backstories the library does not have yet (characters that came from a sync), in the background. */
    public CompletableFuture<Boolean> fetchMissingBackstories() {
        if (runner.isRunning()) {
            status.failed("A bulk operation is running.");
            return CompletableFuture.completedFuture(false);
        }
        List<String> ids = library.all().stream()
                .filter(i -> i.status() == KnownCharacter.Status.PRESENT)
                .filter(i -> i.character().backstory().isEmpty()).map(LibraryItem::id).toList();
        if (ids.isEmpty()) {
            status.succeeded("Every backstory is already here.");
            return CompletableFuture.completedFuture(true);
        }
        return refreshRun("Fetching backstories", "Fetch backstories", ids);
    }

    private CompletableFuture<Boolean> refreshRun(String verb, String title, List<String> ids) {
        BulkRunner.Job<String, ServerCharacter> job = new BulkRunner.Job<>(verb, title, ids.size(),
                onItem -> session.get().service().bulk().refreshMany(ids, CONCURRENCY, bulkExecutor, onItem),
                library::nameOf, copy -> "read (\"" + copy.name() + "\")",
                "Reads can be run again at any time.", true);
        Map<String, KnownCharacter> before = new HashMap<>();
        ids.forEach(id -> library.item(id).ifPresent(i -> before.put(id, i.character())));
        BulkRunner.Job<String, ServerCharacter> worded = title.equals("Bulk refresh")
                ? job.withDoneWord(fresh -> refreshWord(before.get(fresh.id()), fresh)) : job;
        return runner.run(worded, failed -> { }).thenCompose(outcome -> outcome.again().isEmpty()
                ? CompletableFuture.completedFuture(outcome.notDone().isEmpty())
                : title.equals("Bulk refresh") ? refreshIfAgreed(outcome.again())
                : refreshRun(verb, title, outcome.again()));
    }

    /**
     * "changed" when the server's copy differs from the one the library had (name, voice,
     * languages, actions, or a backstory the library knew), "fetched" when the library had no
     * backstory to compare with, else "same".
     */
    static String refreshWord(KnownCharacter known, ServerCharacter fresh) {
        if (known == null) {
            return "same";
        }
        CharacterFields f = fresh.fields();
        boolean same = known.name().equals(f.name()) && known.voiceType().equals(f.voiceType())
                && known.languageCodes().equals(f.languageCodes()) && known.actions().equals(f.actions())
                && known.backstory().map(b -> b.equals(f.backstory())).orElse(true);
        return !same ? "changed" : known.backstory().isEmpty() ? "fetched" : "same";
    }

    /**
     * Saves the journalled drafts of the selection (or of every character, when none is
     * selected), each against the copy it started from; the open character is left to Ctrl+S.
     */
    public CompletableFuture<Boolean> saveDrafts() {
        if (runner.isRunning()) {
            status.failed("A bulk operation is running.");
            return CompletableFuture.completedFuture(false);
        }
        List<String> selected = List.copyOf(library.selectedIds());
        ServerCharacter open = editor.snapshotProperty().get();
        String connectionId = session.get().connection().id();
        return drafts.list(connectionId).thenComposeAsync(found -> {
            List<Draft> chosen = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            for (Draft d : found) {
                String id = d.characterId().orElse(null);
                boolean isOpen = open != null && open.id().equals(id);
                if (id != null && (selected.size() <= 1 || selected.contains(id))) {
                    if (isOpen) {
                        leftOut.add("open    " + d.title() + " is open in the editor: save it there (Ctrl+S)");
                    } else {
                        chosen.add(d);
                    }
                }
            }
            if (chosen.isEmpty()) {
                status.succeeded("No drafts to save" + (open != null ? " (save the open character with Ctrl+S)." : "."));
                return CompletableFuture.completedFuture(true);
            }
            List<String> lines = chosen.stream().map(d -> "save    " + d.title() + ": "
                    + String.join(", ", d.base().map(b -> b.changesTo(d.fields()).changedFields())
                    .orElse(List.of("all fields")))).collect(Collectors.toCollection(ArrayList::new));
            lines.addAll(leftOut);
            BulkPlan plan = new BulkPlan("Save " + chosen.size() + (chosen.size() == 1 ? " draft" : " drafts"),
                    "Each draft is saved over the copy it started from; one changed elsewhere is left for you to"
                            + " open and merge.", lines, "Save " + chosen.size());
            return dialogs.confirmPlan(plan) ? saveRun(chosen) : CompletableFuture.completedFuture(false);
        }, ui);
    }

    private CompletableFuture<Boolean> saveRun(List<Draft> chosen) {
        BulkRunner.Job<String, ServerCharacter> job = new BulkRunner.Job<>("Saving drafts", "Save drafts", chosen.size(),
                onItem -> session.get().service().bulk().saveDrafts(chosen, CONCURRENCY, bulkExecutor,
                        d -> drafts.discard(d.connectionId(), d.key()), onItem),
                library::nameOf, saved -> "saved", "The drafts not saved are kept.", true);
        return runner.run(job, failed -> { }).thenCompose(outcome -> outcome.again().isEmpty()
                ? CompletableFuture.completedFuture(outcome.notDone().isEmpty())
                : saveRun(chosen.stream().filter(d -> outcome.again().contains(d.characterId().orElse(""))).toList()));
    }

    /** The selected IDs, or empty (and said why) when there are none or a bulk run is going on. */
    private Optional<List<String>> selection() {
        List<String> ids = List.copyOf(library.selectedIds());
        if (ids.isEmpty() || runner.isRunning()) {
            status.failed(ids.isEmpty() ? "Select characters in the library first (Shift or Ctrl click)."
                    : "A bulk operation is running.");
            return Optional.empty();
        }
        return Optional.of(ids);
    }

    /** Cancels the running bulk operation: items under way finish, the rest are skipped. */
    public void cancel() {
        runner.cancel();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }
}
