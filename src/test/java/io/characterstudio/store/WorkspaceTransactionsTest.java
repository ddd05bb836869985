package io.characterstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterSummary;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.model.ServerCharacter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Multi-row writes are one transaction each: a failure on a later row leaves the table as before. */
class WorkspaceTransactionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dataDir, JsonMapper.builder().build(), CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void addingATagToManyFailingOnTheThirdAddsNone() {
        workspace.tags().add("sandbox", List.of("old"), "blue");

        assertThatThrownBy(() ->
                        workspace.tags().add("sandbox", new FailingList(List.of("a", "b", "c", "d"), 2), "red"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(workspace.tags().all("sandbox")).isEqualTo(Map.of("old", Set.of("blue")));
        workspace.tags().add("sandbox", List.of("a"), "red");
        assertThat(workspace.tags().all("sandbox")).containsEntry("a", Set.of("red"));
    }

    @Test
    void removingATagFromManyFailingMidwayRemovesNone() {
        workspace.tags().add("sandbox", List.of("a", "b", "c"), "red");

        assertThatThrownBy(() -> workspace.tags().remove("sandbox", new FailingList(List.of("a", "b", "c"), 2), "red"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(workspace.tags().all("sandbox")).containsOnlyKeys("a", "b", "c");
    }

    @Test
    void anAccountSyncFailingOnALaterRowKeepsTheKnownListAsItWas() {
        KnownCharacterStore known = workspace.knownCharacters();
        known.recordServerCopy(
                "sandbox",
                new ServerCharacter(
                        "k1",
                        new CharacterFields("Kay", "MALE", "b", List.of(), List.of("en-US")),
                        "2026-11-01T08:00:00",
                        "u"),
                Origin.CREATED,
                null);
        List<CharacterSummary> account = List.of(summary("n1", "New one"), summary("n2", null));

        // The second summary has no name: NOT NULL fails after the first was written.
        assertThatThrownBy(() -> known.recordAccount("sandbox", account, List.of("k1")))
                .isInstanceOf(WorkspaceException.class);

        assertThat(known.list("sandbox")).extracting(KnownCharacter::id).containsExactly("k1");
        assertThat(known.find("sandbox", "k1").orElseThrow().status()).isEqualTo(Status.PRESENT);

        known.recordAccount("sandbox", List.of(summary("n1", "New one")), List.of("k1"));
        assertThat(known.list("sandbox")).extracting(KnownCharacter::id).containsExactly("k1", "n1");
        assertThat(known.find("sandbox", "k1").orElseThrow().status()).isEqualTo(Status.MISSING);
    }

    private static CharacterSummary summary(String id, String name) {
        return new CharacterSummary(id, name, "MALE", List.of("en-US"), List.of(), "2026-11-01T08:00:00", "");
    }

    /** A list whose iteration fails before element {@code failAt}: a failure injected midway. */
    private static final class FailingList extends java.util.AbstractList<String> {
        private final List<String> items;
        private final int failAt;

        FailingList(List<String> items, int failAt) {
            this.items = items;
            this.failAt = failAt;
        }

        @Override
        public String get(int index) {
            if (index == failAt) {
                throw new IllegalStateException("injected failure on row " + index);
            }
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
