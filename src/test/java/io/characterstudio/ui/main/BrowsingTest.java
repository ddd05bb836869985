package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.common.Debouncer;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Browsing the library: an open replaces one row (the list is not read again), the row the
 * selection rests on is the one opened, and an open overtaken by a newer selection is never shown.
 * The workspace and the server answer when the test drains their queue; the rest timer is stepped by hand.
 */
class BrowsingTest {

    @TempDir
    Path dataDir;

    /** Work of the services, run when the test says. */
    private final Queue<Runnable> background = new ArrayDeque<>();

    private final Executor queued = background::add;
    /** The rest timer's waiting tasks (cancelled ones removed). */
    private final List<Runnable> timer = new ArrayList<>();

    private final List<Duration> delays = new ArrayList<>();
    private final FakeDialogs dialogs = new FakeDialogs();
    private SandboxWorld world;
    private MainViewModel vm;
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, queued);
        Debouncer.Scheduler manual = (task, delay) -> {
            timer.add(task);
            delays.add(delay);
            return () -> timer.remove(task);
        };
        vm = Apps.over(world, dialogs).browseTimer(manual).build();
        done(vm.start());
        for (String name : List.of("Ann", "Bo", "Cy", "Di")) {
            String id = world.direct.create(
                    new CharacterFields(name, "MALE", name + " keeps the light.", List.of(), List.of("en-US")));
            ids.add(id);
            assertThat(done(vm.openWithoutAsking(new OpenRequest(id)))).isTrue();
        }
        assertThat(vm.library().all()).hasSize(4);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private <T> T done(CompletableFuture<T> future) {
        for (int i = 0; i < 10_000 && !future.isDone(); i++) {
            Runnable next = background.poll();
            if (next == null) {
                break;
            }
            next.run();
        }
        drain();
        assertThat(future).isDone();
        return future.join();
    }

    private void drain() {
        for (Runnable next = background.poll(); next != null; next = background.poll()) {
            next.run();
        }
    }

    private void rest() {
        List<Runnable> due = List.copyOf(timer);
        timer.clear();
        due.forEach(Runnable::run);
        drain();
    }

    private String open() {
        ServerCharacter shown = vm.editor().snapshotProperty().get();
        return shown == null ? null : shown.id();
    }

    @Test
    void anOpenReplacesOnlyItsRowAndDoesNotReadTheListAgain() {
        List<LibraryItem> before = List.copyOf(vm.library().all());
        List<String> changes = new ArrayList<>();
        vm.library().all().addListener((ListChangeListener<LibraryItem>) c -> {
            while (c.next()) {
                changes.add(c.getRemovedSize() + " out, " + c.getAddedSize() + " in");
            }
        });
        String bo = ids.get(1);
        LibraryItem oldRow = vm.library().item(bo).orElseThrow();

        assertThat(done(vm.openKnown(bo))).isTrue();

        assertThat(changes).containsExactly("1 out, 1 in");
        LibraryItem newRow = vm.library().item(bo).orElseThrow();
        assertThat(newRow).isNotSameAs(oldRow);
        assertThat(newRow.lastOpened()).isAfter(oldRow.lastOpened());
        for (LibraryItem row : before) {
            if (!row.id().equals(bo)) {
                assertThat(vm.library().all())
                        .as("row %s untouched", row.name())
                        .anyMatch(r -> r == row);
            }
        }
    }

    @Test
    void quickSelectionsOpenOnlyTheRowTheSelectionRestsOn() {
        String last = open();
        List<String> shown = new ArrayList<>();
        vm.editor().snapshotProperty().addListener((obs, was, now) -> shown.add(now.id()));

        CompletableFuture<Boolean> first = vm.browseTo(ids.get(0));
        CompletableFuture<Boolean> second = vm.browseTo(ids.get(1));
        CompletableFuture<Boolean> third = vm.browseTo(ids.get(2));
        drain();

        assertThat(open()).as("nothing opens before the selection rests").isEqualTo(last);
        assertThat(timer).hasSize(1);
        assertThat(delays).allMatch(d -> d.equals(Duration.ofMillis(150)));
        assertThat(first).isCompletedWithValue(true);
        assertThat(second).isCompletedWithValue(true);
        rest();
        assertThat(shown).containsExactly(ids.get(2));
        assertThat(third).isCompletedWithValue(true);
    }

    @Test
    void anOpenOvertakenByANewerSelectionIsNeverShown() {
        List<String> shown = new ArrayList<>();
        vm.editor().snapshotProperty().addListener((obs, was, now) -> shown.add(now.id()));
        CompletableFuture<Boolean> older = vm.browseTo(ids.get(0));
        List<Runnable> due = List.copyOf(timer);
        timer.clear();
        due.forEach(Runnable::run); // the wait is over: the server is asked, its answer still queued

        CompletableFuture<Boolean> newer = vm.browseTo(ids.get(1));
        drain(); // the older answer arrives now, after the newer selection
        assertThat(shown).as("the late answer is dropped").isEmpty();
        assertThat(older).isCompletedWithValue(true);
        assertThat(vm.status().lastFailedProperty().get()).isFalse();
        assertThat(vm.status().busyProperty().get()).as("no spinner left on").isFalse();

        rest();
        assertThat(shown).containsExactly(ids.get(1));
        assertThat(newer).isCompletedWithValue(true);
    }

    @Test
    void browsingAwayFromUnsavedEditsKeepsThemAsADraftWithoutAQuestion() {
        String current = open();
        vm.editor().backstory().textProperty().set("Unsaved words.");

        vm.browseTo(ids.get(0));
        CompletableFuture<Boolean> resting = vm.browseTo(ids.get(1));
        rest();

        assertThat(dialogs.asked)
                .as("no Save / Don't save / Cancel while browsing")
                .isEmpty();
        assertThat(resting).isCompletedWithValue(true);
        assertThat(open()).isEqualTo(ids.get(1));
        assertThat(vm.library().item(current).orElseThrow().hasDraft()).isTrue();
        assertThat(world.direct.get(current).fields().backstory()).isEqualTo("Di keeps the light.");

        CompletableFuture<Boolean> back = vm.browseTo(current);
        rest();
        assertThat(back).isCompletedWithValue(true);
        assertThat(dialogs.asked).isEmpty();
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Unsaved words.");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
    }
}
