package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.bench.CastGenerator;
import io.characterstudio.ui.library.LibraryItem;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A delete and the trash by keyboard, in the real window: after a delete the focus is on the
 * library (the row that took the deleted one's place), not on the toolbar's connection selector;
 * the trash opens fresh each time (no result of the last visit), its result message has a place of
 * its own (the list and the buttons do not move when it appears), a restored entry cannot be
 * restored again, its line is never hidden behind a horizontal scroll bar, and the keys reach the
 * trash after its question closed.
 */
class DeleteAndTrashIT extends AppWindowIT {

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private String focusIn(Window window) {
        return app.focusIn(window);
    }

    private void keys(KeyCode... chord) {
        app.keys(chord);
    }

    @SuppressWarnings("unchecked")
    private ListView<LibraryItem> library() {
        return robot.lookup("#library").queryAs(ListView.class);
    }

    /** Opens the library's row {@code index} by keyboard (Ctrl+L, Down, Down…). */
    private void openRow(int index) throws Exception {
        keys(KeyCode.CONTROL, KeyCode.L);
        app.waitFor(() -> "librarySearch"
                .equals(robot.lookup("#librarySearch")
                        .query()
                        .getScene()
                        .getFocusOwner()
                        .getId()));
        for (int i = 0; i <= index; i++) {
            robot.type(KeyCode.DOWN);
        }
        String id = fx(() -> library().getItems().get(index).id());
        app.waitFor(() -> app.text("#characterId").equals(id));
    }

    /** Ctrl+Shift+Delete on the open character, its name typed, Return: waits until the row is gone. */
    private void deleteOpen() throws Exception {
        String name = app.text("#name");
        int rows = fx(() -> library().getItems().size());
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE);
        Window delete = app.dialog("deleteDialog");
        app.waitFor(() -> "deleteConfirmText".equals(focusIn(delete)));
        app.typeKeys(name);
        app.waitFor(() -> name.equals(app.text("#deleteConfirmText")));
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> !delete.isShowing());
        app.waitFor(() -> library().getItems().size() == rows - 1);
    }

    /** Two generated characters, the first opened and deleted, the trash opened (Ctrl+Shift+T) and focused. */
    private Window trashWithOneDeleted() throws Exception {
        CastGenerator.generate(dataDir, 2, 10);
        launch();
        app.waitFor(() -> library().getItems().size() == 2);
        openRow(0);
        deleteOpen();
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        Window trash = app.dialog("trashDialog");
        app.waitFor(trash::isFocused);
        return trash;
    }

    /** Tab (ten times at most) until the control {@code id} of {@code window} has the focus. */
    private void tabTo(Window window, String id) {
        for (int i = 0; i < 10 && !id.equals(focusIn(window)); i++) {
            robot.type(KeyCode.TAB);
        }
    }

    @Test
    void afterADeleteTheFocusIsOnTheLibraryRowThatTookItsPlace() throws Exception {
        CastGenerator.generate(dataDir, 4, 10);
        launch();
        app.waitFor(() -> library().getItems().size() == 4);
        openRow(1);
        String next = fx(() -> library().getItems().get(2).id());
        keys(KeyCode.CONTROL, KeyCode.F); // the focus in the editor (its find field), which the delete closes
        app.waitFor(() -> "findField".equals(focusIn(app.stage())));
        deleteOpen();
        app.waitFor(() -> "library".equals(focusIn(app.stage())));
        assertThat(fx(() -> library().getFocusModel().getFocusedItem().id()))
                .as("the row after the deleted one")
                .isEqualTo(next);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIn(app.stage())).as("the focus stays on the library").isEqualTo("library");
    }

    @Test
    void aTrashReopenedAfterEscapeOnTheQuestionHasNothingSelected() throws Exception {
        Window trash = trashWithOneDeleted();
        tabTo(trash, "trashList");
        app.waitFor(() -> robot.lookup("#trashList")
                        .queryAs(ListView.class)
                        .getSelectionModel()
                        .getSelectedIndex()
                == 0);
        tabTo(trash, "trashRestore");
        robot.type(KeyCode.SPACE);
        Window confirm = app.dialog("confirmDialog");
        app.waitFor(confirm::isFocused);
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !confirm.isShowing());
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !trash.isShowing());

        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        Window again = app.dialog("trashDialog");
        app.waitFor(again::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = fx(() -> (ListView<?>) again.getScene().lookup("#trashList"));
        assertThat(fx(() -> list.getSelectionModel().getSelectedItems().size()))
                .as("no row selected")
                .isZero();
        assertThat(fx(() -> ((javafx.scene.control.Label) again.getScene().lookup("#trashCounts")).getText()))
                .endsWith("0 selected");
        assertThat(fx(() -> again.getScene().lookup("#trashRestore").isDisabled()))
                .as("Restore agrees")
                .isTrue();
        assertThat(fx(() -> again.getScene().lookup("#trashPurge").isDisabled()))
                .as("Forget agrees")
                .isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theTrashOpensFreshKeepsItsLayoutAndDoesNotRestoreTwice() throws Exception {
        Window trash = trashWithOneDeleted();
        ListView<?> list = robot.lookup("#trashList").queryAs(ListView.class);
        Button restore = robot.lookup("#trashRestore").queryAs(Button.class);
        Callable<Bounds> listAt = () -> list.localToScene(list.getLayoutBounds());
        Callable<Bounds> restoreAt = () -> restore.localToScene(restore.getLayoutBounds());
        for (int i = 0; i < 10 && !"trashList".equals(focusIn(trash)); i++) {
            robot.type(KeyCode.TAB);
        }
        app.waitFor(() -> list.getSelectionModel().getSelectedIndex() == 0);
        Bounds listBefore = fx(listAt);
        Bounds restoreBefore = fx(restoreAt);
        for (int i = 0; i < 10 && !"trashRestore".equals(focusIn(trash)); i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.SPACE);
        Window confirm = app.dialog("confirmDialog");
        app.waitFor(confirm::isFocused);
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> app.text("#trashMessage").startsWith("Restored"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(listAt))
                .as("the list does not move when the message appears")
                .isEqualTo(listBefore);
        assertThat(fx(restoreAt)).as("the buttons do not move").isEqualTo(restoreBefore);

        app.waitFor(() -> list.getSelectionModel().getSelectedIndex() == 0);
        assertThat(fx(() -> list.getItems().get(0).toString())).isNotEmpty();
        assertThat(robot.lookup("#trashList .list-cell")
                        .queryAs(javafx.scene.control.ListCell.class)
                        .getText())
                .startsWith("Restored as ");
        assertThat(restore.isDisabled())
                .as("a restored entry cannot be restored again")
                .isTrue();
        assertThat(fx(() -> list.lookupAll(".scroll-bar").stream()
                        .filter(n -> n instanceof ScrollBar s
                                && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                                && s.isVisible())
                        .count()))
                .as("no horizontal scroll bar hides the restored line")
                .isZero();

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIn(trash))
                .as("Tab moves on in the trash after its question")
                .isNotEqualTo("trashList");
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !trash.isShowing());

        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        Window again = app.dialog("trashDialog");
        app.waitFor(again::isFocused);
        assertThat(app.text("#trashMessage"))
                .as("a fresh trash, no result of the last visit")
                .isEmpty();
    }
}
