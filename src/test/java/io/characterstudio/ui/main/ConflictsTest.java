package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterUpdate;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.conflict.ConflictViewModel;
import io.characterstudio.ui.conflict.ConflictViewModel.Outcome;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save over someone else's change shows both sides; nothing is overwritten silently. */
class ConflictsTest {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;
    private String id;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        vm = Apps.started(world, dialogs);
        id = world.direct.create(ANN);
        vm.openWithoutAsking(new OpenRequest(id)).join();
        vm.editor().backstory().textProperty().set("Mine: keeps the lighthouse and the logbook.");
        world.direct.update(
                id, new CharacterUpdate("Ann Elsewhere", null, "Theirs: sold the lighthouse.", null, null), false);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void bothSidesAreShownFieldByField() {
        dialogs.conflictOutcome = Optional.empty();
        assertThat(vm.save().join()).isFalse();
        assertThat(dialogs.conflicts).singleElement().satisfies(c -> {
            assertThat(c.differing()).extracting(ConflictViewModel.Row::field).containsExactly("Name", "Backstory");
            assertThat(c.differing().get(1).mine()).startsWith("Mine:");
            assertThat(c.differing().get(1).theirs()).startsWith("Theirs:");
        });
        assertThat(world.direct.get(id).fields().backstory())
                .as("nothing overwritten")
                .startsWith("Theirs:");
        assertThat(vm.editor().backstory().textProperty().get()).startsWith("Mine:");
    }

    @Test
    void keepMineSavesMineOverTheirs() {
        dialogs.conflictOutcome = Optional.of(Outcome.KEEP_MINE);
        assertThat(vm.save().join()).isTrue();
        CharacterFields server = world.direct.get(id).fields();
        assertThat(server.backstory()).startsWith("Mine:");
        assertThat(server.name())
                .as("mine had the old name: keeping mine restores it")
                .isEqualTo("Ann");
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
    }

    @Test
    void takeTheirsShowsTheServerCopyAndDropsTheDraft() {
        dialogs.conflictOutcome = Optional.of(Outcome.TAKE_THEIRS);
        assertThat(vm.save().join()).isTrue();
        assertThat(vm.editor().backstory().textProperty().get()).startsWith("Theirs:");
        assertThat(vm.editor().nameProperty().get()).isEqualTo("Ann Elsewhere");
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
        assertThat(world.workspace.drafts().list("sandbox")).isEmpty();
    }

    @Test
    void mergeByFieldShowsTheMixForReviewBeforeSaving() {
        dialogs.conflictOutcome = Optional.of(Outcome.MERGE);
        dialogs.onConflict = c -> c.differing().get(0).takeMine().set(false);
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.editor().nameProperty().get()).isEqualTo("Ann Elsewhere");
        assertThat(vm.editor().backstory().textProperty().get()).startsWith("Mine:");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
        assertThat(world.direct.get(id).fields().backstory()).startsWith("Theirs:");
        assertThat(vm.save().join()).isTrue();
        CharacterFields server = world.direct.get(id).fields();
        assertThat(server.name()).isEqualTo("Ann Elsewhere");
        assertThat(server.backstory()).startsWith("Mine:");
    }
}
