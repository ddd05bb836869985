package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DraftJournalTest {

    @TempDir
    Path dataDir;

    private static Draft draft(String backstory) {
        return new Draft("c", "id-1", Optional.of("id-1"), new CharacterFields("Ann", "V", backstory, List.of(),
                List.of("en-US")), Optional.empty(), Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void aBurstOfChangesIsOneWriteOfTheLatestAfterTheDelay() {
        try (Workspace w = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            ArrayDeque<Runnable> timers = new ArrayDeque<>();
            List<Duration> delays = new ArrayList<>();
            DraftJournal journal = new DraftJournal(w.drafts(), (task, delay) -> {
                delays.add(delay);
                timers.add(task);
            }, Runnable::run, Duration.ofMillis(700));
            journal.update(draft("a"));
            journal.update(draft("ab"));
            journal.update(draft("abc"));
            assertThat(timers).hasSize(1);
            assertThat(delays).containsExactly(Duration.ofMillis(700));
            assertThat(w.drafts().list("c")).as("nothing written before the delay").isEmpty();
            timers.poll().run();
            assertThat(w.drafts().list("c")).singleElement().extracting(d -> d.fields().backstory()).isEqualTo("abc");

            journal.update(draft("abcd"));
            journal.discard("c", "id-1");
            timers.poll().run();
            assertThat(w.drafts().list("c")).as("a discard wins over a pending write").isEmpty();

            journal.update(draft("kept at exit"));
            journal.flushAll();
            assertThat(w.drafts().list("c")).singleElement().extracting(d -> d.fields().backstory())
                    .isEqualTo("kept at exit");
        }
    }
}
