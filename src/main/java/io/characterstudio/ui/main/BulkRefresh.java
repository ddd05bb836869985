package io.characterstudio.ui.main;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.bulk.BulkPlan;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Reading characters again from the server in bulk (a piece of {@link BulkCommands}): the
 * selection's refresh, after a dry run the user agrees to, whose report says of each character
 * whether it "changed", was "fetched" or is the "same"; and fetching the backstories the library
 * does not have yet. Nothing is changed on the server.
 */
final class BulkRefresh {

    private static final String REFRESH_TITLE = "Bulk refresh";

    private final LibraryViewModel library;
    private final BulkDialogs dialogs;
    private final Supplier<Session> session;
    private final Executor bulkExecutor;
    private final BulkRunner runner;

    BulkRefresh(
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

    /** Shows the dry run of refreshing {@code ids}, then reads them again if the user agrees. */
    CompletableFuture<Boolean> refreshIfAgreed(List<String> ids) {
        BulkPlan plan = new BulkPlan(
                "Refresh " + ids.size() + " characters",
                "Each is read again from the server; nothing is changed there.",
                ids.stream()
                        .map(id -> "read    " + library.nameOf(id) + " (" + id + ")")
                        .toList(),
                "Refresh " + ids.size());
        return dialogs.confirmPlan(plan)
                ? run("Refreshing", REFRESH_TITLE, ids)
                : CompletableFuture.completedFuture(false);
    }

    /** Reads {@code ids} (the characters without a backstory) in the background, without a dry run. */
    CompletableFuture<Boolean> fetchBackstories(List<String> ids) {
        return run("Fetching backstories", "Fetch backstories", ids);
    }

    private CompletableFuture<Boolean> run(String verb, String title, List<String> ids) {
        BulkRunner.Job<String, ServerCharacter> job = new BulkRunner.Job<>(
                verb,
                title,
                ids.size(),
                onItem ->
                        session.get().service().bulk().refreshMany(ids, BulkCommands.CONCURRENCY, bulkExecutor, onItem),
                library::nameOf,
                copy -> "read (\"" + copy.name() + "\")",
                "Reads can be run again at any time.",
                true);
        Map<String, KnownCharacter> before = new HashMap<>();
        ids.forEach(id -> library.item(id).ifPresent(i -> before.put(id, i.character())));
        boolean refresh = title.equals(REFRESH_TITLE);
        BulkRunner.Job<String, ServerCharacter> worded =
                refresh ? job.withDoneWord(fresh -> refreshWord(before.get(fresh.id()), fresh)) : job;
        return runner.run(worded, failed -> {})
                .thenCompose(outcome -> outcome.again().isEmpty()
                        ? CompletableFuture.completedFuture(outcome.notDone().isEmpty())
                        : refresh ? refreshIfAgreed(outcome.again()) : run(verb, title, outcome.again()));
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
        boolean same = known.name().equals(f.name())
                && known.voiceType().equals(f.voiceType())
                && known.languageCodes().equals(f.languageCodes())
                && known.actions().equals(f.actions())
                && known.backstory().map(b -> b.equals(f.backstory())).orElse(true);
        return !same ? "changed" : known.backstory().isEmpty() ? "fetched" : "same";
    }
}
