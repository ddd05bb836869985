package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another app process for {@link DraftJournalKillTest}: it journals one draft through a store that
 * refuses the first two writes, with the app's real timing (a scheduled single writer), prints
 * "journalled after N tries" once a retry has written it (no further edits), and waits to be killed.
 */
public final class DraftJournalChild {

    private DraftJournalChild() {}

    public static void main(String[] args) throws Exception {
        Workspace workspace =
                Workspace.open(Path.of(args[0]), JsonMapper.builder().build(), Clock.systemUTC());
        FailingDraftStore store = new FailingDraftStore(workspace.drafts(), 2);
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        DraftJournal journal = new DraftJournal(
                store,
                (task, delay) -> writer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS),
                writer,
                Duration.ofMillis(700));
        journal.update(new Draft(
                "sandbox",
                "new-1",
                Optional.empty(),
                new CharacterFields(args[1], "MALE", "", List.of(), List.of("en-US")),
                Optional.empty(),
                Instant.now()));
        if (!store.saved.await(20, TimeUnit.SECONDS)) {
            System.exit(2);
        }
        System.out.println("journalled after " + store.attempts.get() + " tries");
        System.out.flush();
        Thread.currentThread().join();
    }
}
