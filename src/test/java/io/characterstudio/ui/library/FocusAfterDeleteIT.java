package io.characterstudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.ui.common.StatusModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a delete the library's focused row is the one that took the deleted one's place, also when
 * the library's filtered rows arrive after the delete has finished (the filter runs off the FX
 * thread; under load it came after the focus was placed, and the focus then fell to the first row).
 */
class FocusAfterDeleteIT {

    private final Queue<Runnable> filtering = new ConcurrentLinkedQueue<>();
    private Stage stage;

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static KnownCharacter known(String id, String name) {
        return new KnownCharacter(
                "sandbox",
                id,
                name,
                "",
                List.of("en-US"),
                List.of(),
                Optional.empty(),
                "",
                Instant.EPOCH,
                Optional.empty(),
                Origin.CREATED,
                Optional.empty(),
                Status.PRESENT);
    }

    private static List<LibraryItem> rows(String... names) {
        return LibraryRows.of(
                List.of(names).stream().map(n -> known("id-" + n, n)).toList(), Map.of(), Set.of());
    }

    /** Runs the queued filter passes (the app's filter thread), then the FX events they queued. */
    private void filter() {
        for (Runnable r = filtering.poll(); r != null; r = filtering.poll()) {
            r.run();
        }
        settle();
    }

    private static void settle() {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            fx(() -> {
                stage.hide();
                return null;
            });
        }
    }

    @Test
    void theFocusIsOnTheRowThatTookTheDeletedOnesPlaceWhenTheRowsComeLater() throws Exception {
        FxToolkit.registerPrimaryStage();
        LibraryViewModel vm = fx(() -> new LibraryViewModel(
                new SimpleObjectProperty<>(), null, new StatusModel(), Platform::runLater, filtering::add));
        String[] current = {"id-Bram"};
        LibraryView view =
                fx(() -> new LibraryView(vm, id -> CompletableFuture.completedFuture(true), () -> current[0]));
        fx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(view.root(), 400, 500));
            stage.show();
            vm.show(rows("Ada", "Bram", "Cleo", "Dax"));
            return null;
        });
        filter();
        fx(() -> {
            view.select("id-Bram");
            return null;
        });
        settle();
        Runnable focusNext = fx(view::focusInPlaceOfOpen);

        // The delete: the editor closes, the library is read again; its rows are filtered later.
        fx(() -> {
            current[0] = null;
            vm.show(rows("Ada", "Cleo", "Dax"));
            focusNext.run();
            return null;
        });
        settle();
        filter();

        assertThat(fx(() -> view.root().lookup("#library").isFocused()))
                .as("the focus on the library")
                .isTrue();
        assertThat(fx(() -> ((javafx.scene.control.ListView<?>) view.root().lookup("#library"))
                        .getFocusModel()
                        .getFocusedIndex()))
                .as("the focused row: Cleo, which took Bram's place")
                .isEqualTo(1);
    }
}
