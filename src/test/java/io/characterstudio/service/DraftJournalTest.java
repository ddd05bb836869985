package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class DraftJournalTest {

    @TempDir
    Path dataDir;

    private static Draft draft(String backstory) {
        return new Draft(
                "c",
                "id-1",
                Optional.of("id-1"),
                new CharacterFields("Ann", "V", backstory, List.of(), List.of("en-US")),
                Optional.empty(),
                Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void aBurstOfChangesIsOneWriteOfTheLatestAfterTheDelay() {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            ArrayDeque<Runnable> timers = new ArrayDeque<>();
            List<Duration> delays = new ArrayList<>();
            DraftJournal journal = new DraftJournal(
                    w.drafts(),
                    (task, delay) -> {
                        delays.add(delay);
                        timers.add(task);
                    },
                    Runnable::run,
                    Duration.ofMillis(700));
            journal.update(draft("a"));
            journal.update(draft("ab"));
            journal.update(draft("abc"));
            assertThat(timers).hasSize(1);
            assertThat(delays).containsExactly(Duration.ofMillis(700));
            assertThat(w.drafts().list("c"))
                    .as("nothing written before the delay")
                    .isEmpty();
            timers.poll().run();
            assertThat(w.drafts().list("c"))
                    .singleElement()
                    .extracting(d -> d.fields().backstory())
                    .isEqualTo("abc");

            journal.update(draft("abcd"));
            journal.discard("c", "id-1");
            timers.poll().run();
            assertThat(w.drafts().list("c"))
                    .as("a discard wins over a pending write")
                    .isEmpty();

            journal.update(draft("kept at exit"));
            journal.flushAll();
            assertThat(w.drafts().list("c"))
                    .singleElement()
                    .extracting(d -> d.fields().backstory())
                    .isEqualTo("kept at exit");
        }
    }

    @Test
    void aFailedWriteIsTriedAgainWithBackoffUntilItSucceedsWithoutFurtherTyping() {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            FailingDraftStore store = new FailingDraftStore(w.drafts(), 3);
            ArrayDeque<Runnable> timers = new ArrayDeque<>();
            List<Duration> delays = new ArrayList<>();
            DraftJournal journal = new DraftJournal(
                    store,
                    (task, delay) -> {
                        delays.add(delay);
                        timers.add(task);
                    },
                    Runnable::run,
                    Duration.ofMillis(700));
            journal.update(draft("a paste of 1,200 words"));
            for (int i = 0; i < 10 && !timers.isEmpty(); i++) {
                timers.poll().run();
            }
            assertThat(store.attempts).hasValue(4);
            assertThat(delays)
                    .containsExactly(
                            Duration.ofMillis(700),
                            Duration.ofMillis(500),
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(2));
            assertThat(timers).as("nothing more to do once written").isEmpty();
            assertThat(w.drafts().list("c"))
                    .singleElement()
                    .extracting(d -> d.fields().backstory())
                    .isEqualTo("a paste of 1,200 words");
        }
    }

    @Test
    void aNewerEditReplacesTheTextOfAFailedWriteAndADiscardEndsTheRetries() {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            FailingDraftStore store = new FailingDraftStore(w.drafts(), 1);
            ArrayDeque<Runnable> timers = new ArrayDeque<>();
            DraftJournal journal =
                    new DraftJournal(store, (task, delay) -> timers.add(task), Runnable::run, Duration.ofMillis(700));
            journal.update(draft("old"));
            timers.poll().run();
            journal.update(draft("newer"));
            assertThat(timers)
                    .as("one retry, no second timer for the newer edit")
                    .hasSize(1);
            timers.poll().run();
            assertThat(w.drafts().list("c"))
                    .singleElement()
                    .extracting(d -> d.fields().backstory())
                    .isEqualTo("newer");

            FailingDraftStore refusing = new FailingDraftStore(w.drafts(), Integer.MAX_VALUE);
            DraftJournal failing = new DraftJournal(
                    refusing, (task, delay) -> timers.add(task), Runnable::run, Duration.ofMillis(700));
            failing.update(draft("never written"));
            timers.poll().run();
            failing.discard("c", "id-1");
            timers.poll().run();
            assertThat(refusing.attempts)
                    .as("a discarded draft is not tried again")
                    .hasValue(1);
            assertThat(w.drafts().list("c")).isEmpty();
        }
    }

    @Test
    void theWaitBetweenTriesDoublesUpToTenSeconds() {
        assertThat(DraftJournal.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(DraftJournal.backoff(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(DraftJournal.backoff(6)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DraftJournal.backoff(1000)).isEqualTo(Duration.ofSeconds(10));
    }
}
