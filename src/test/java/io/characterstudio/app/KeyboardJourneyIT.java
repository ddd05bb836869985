package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.ui.library.LibraryItem;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard-only journey of issue 16, end to end in the real window with no click at all: create
 * a character with two languages and an action, save, open it by name, clone it without the
 * knowledge bank by Return, delete it, restore it from the trash, bulk-clone two characters and open
 * a row's menu with Shift+F10. Each step asserts where the focus is.
 */
class KeyboardJourneyIT extends AppWindowIT {

    /** The id of the focus owner of {@code window} (after the FX queue has run). */
    private String focusIn(Window window) {
        return app.focusIn(window);
    }

    private String focused() {
        return focusIn(app.stage());
    }

    /** Tab (at most 25 times) until {@code id} of {@code window} has the focus. */
    private void tabTo(Window window, String id) {
        for (int i = 0; i < 25 && !id.equals(focusIn(window)); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusIn(window)).as("Tab reaches " + id).isEqualTo(id);
    }

    private void keys(KeyCode... chord) {
        app.keys(chord);
    }

    @SuppressWarnings("unchecked")
    private ListView<LibraryItem> library() {
        return robot.lookup("#library").queryAs(ListView.class);
    }

    private void typeWord(String word) {
        typeKeys(word.toLowerCase(java.util.Locale.ROOT));
    }

    private void typeKeys(String text) {
        app.typeKeys(text);
    }

    @Test
    void theWholeJourneyByKeyboardAlone() throws Exception {
        launch();
        ConvaiClient server = app.sandboxClient();
        app.waitFor(() -> "librarySearch".equals(focused()));

        // Create: name, voice, two languages, backstory, an action; save.
        keys(KeyCode.CONTROL, KeyCode.N);
        app.waitFor(() -> "name".equals(focused()));
        robot.write("Journey");
        tabTo(app.stage(), "voice");
        typeWord("aria");
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> robot.lookup("#voice")
                        .queryAs(javafx.scene.control.ComboBox.class)
                        .getValue()
                != null);
        tabTo(app.stage(), "addLanguage");
        for (String language : new String[] {"french", "german"}) {
            typeWord(language);
            robot.type(KeyCode.ENTER);
            app.waitFor(() -> "addLanguage".equals(focused()));
        }
        assertThat(robot.lookup(".language-chip").queryAll()).hasSizeGreaterThanOrEqualTo(2);
        tabTo(app.stage(), "backstory");
        robot.write("Walks the coast path every morning.");
        keys(KeyCode.CONTROL, KeyCode.TAB); // out of the backstory
        tabTo(app.stage(), "newAction");
        robot.write("Wave").type(KeyCode.ENTER);
        app.waitFor(() ->
                robot.lookup("#actions").queryAs(ListView.class).getItems().contains("Wave"));
        assertThat(focused()).isEqualTo("newAction");
        keys(KeyCode.CONTROL, KeyCode.S);
        app.waitFor(() -> !app.text("#characterId").isEmpty());
        String id = app.text("#characterId");
        assertThat(server.get(id).fields().languageCodes()).contains("fr-FR", "de-DE");
        assertThat(server.get(id).fields().actions()).containsExactly("Wave");
        assertThat(focused()).as("saving keeps the focus where it was").isEqualTo("newAction");

        // Open it by name (the open dialog).
        keys(KeyCode.CONTROL, KeyCode.N);
        app.waitFor(() -> "name".equals(focused()));
        keys(KeyCode.CONTROL, KeyCode.O);
        Window open = app.dialog("openDialog");
        app.waitFor(open::isFocused);
        assertThat(focusIn(open)).isEqualTo("openText");
        typeKeys("Journey");
        app.waitFor(() -> "Journey".equals(app.text("#openText")));
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> app.text("#characterId").equals(id));
        assertThat(focused()).as("after opening").isNotNull();

        // Clone without the knowledge bank, by Return on its tick box.
        keys(KeyCode.CONTROL, KeyCode.D);
        Window clone = app.dialog("cloneDialog");
        app.waitFor(clone::isFocused);
        tabTo(clone, "cloneKnowledgeBank");
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> !clone.isShowing());
        app.waitFor(() -> !app.text("#characterId").equals(id)
                && !app.text("#characterId").isEmpty());
        assertThat(server.list()).hasSize(2);
        assertThat(focused()).as("after the clone").isNotNull();

        // Delete the clone: type its name, Return.
        String cloneName = app.text("#name");
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE);
        Window delete = app.dialog("deleteDialog");
        app.waitFor(delete::isFocused);
        app.waitFor(() -> "deleteConfirmText".equals(focusIn(delete)));
        typeKeys(cloneName);
        app.waitFor(() -> cloneName.equals(app.text("#deleteConfirmText")));
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> !delete.isShowing());
        app.waitFor(() -> server.list().size() == 1);
        app.waitFor(() -> "library".equals(focused())); // after the delete: the library, not the toolbar

        // Restore it from the trash.
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        Window trash = app.dialog("trashDialog");
        app.waitFor(trash::isFocused);
        tabTo(trash, "trashList");
        assertThat(robot.lookup("#trashList")
                        .queryAs(ListView.class)
                        .getSelectionModel()
                        .getSelectedIndex())
                .isZero();
        tabTo(trash, "trashRestore");
        robot.type(KeyCode.SPACE);
        Window confirm = app.dialog("confirmDialog");
        app.waitFor(confirm::isFocused);
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> app.text("#trashMessage").startsWith("Restored"));
        // The restored entry stays listed ("Restored as …") and selected; it cannot be restored again,
        // so its button is disabled and the focus goes to the list.
        assertThat(focusIn(trash)).as("after the restore").isEqualTo("trashList");
        assertThat(trash.isFocused())
                .as("the keyboard is back in the trash after the question")
                .isTrue();
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !trash.isShowing());
        app.waitFor(() -> server.list().size() == 2);

        // Bulk-clone two characters: into the list from the search, Shift+Down, Ctrl+Shift+D.
        keys(KeyCode.CONTROL, KeyCode.L);
        app.waitFor(() -> "librarySearch".equals(focused()));
        app.waitFor(() -> library().getItems().size() == 2);
        robot.type(KeyCode.DOWN);
        app.waitFor(() -> "library".equals(focused()));
        robot.type(KeyCode.HOME); // the first row (the restored character was selected), then one more
        String first = WaitForAsyncUtils.asyncFx(
                        () -> library().getItems().get(0).id())
                .get();
        app.waitFor(() -> first.equals(app.text("#characterId")));
        keys(KeyCode.SHIFT, KeyCode.DOWN);
        app.waitFor(() -> library().getSelectionModel().getSelectedItems().size() == 2);
        assertThat(focused()).as("Shift+Down keeps the focus in the list").isEqualTo("library");
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        Window bulk = app.dialog("bulkCloneDialog");
        app.waitFor(bulk::isFocused);
        assertThat(focusIn(bulk))
                .as("the bulk clone opens on its Clone button (its focus drawn inside the fill)")
                .isEqualTo("bulkCloneOk");
        Node tick = robot.lookup("#bulkCloneKnowledgeBank").query();
        double tickAt =
                WaitForAsyncUtils.asyncFx(() -> tick.localToScene(0, 0).getY()).get();
        robot.type(KeyCode.TAB);
        assertThat(focusIn(bulk)).as("Tab wraps round to the first control").isEqualTo("bulkCloneCopies");
        assertThat(WaitForAsyncUtils.asyncFx(() -> tick.localToScene(0, 0).getY())
                        .get())
                .as("the tick box does not move when the ring above it appears")
                .isEqualTo(tickAt);
        keys(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(focusIn(bulk)).isEqualTo("bulkCloneOk");
        robot.type(KeyCode.ENTER);
        Window plan = app.dialog("bulkPlanDialog");
        app.waitFor(plan::isFocused);
        tabTo(plan, "bulkPlanRun");
        robot.type(KeyCode.ENTER);
        Window report = app.dialog("reportDialog");
        app.waitFor(report::isFocused);
        assertThat(focusIn(report)).as("the report opens on Close").isEqualTo("reportClose");
        assertThat(app.text("#reportSummary")).startsWith("2 done, 0 failed");
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> !report.isShowing());
        app.waitFor(() -> server.list().size() == 4);
        assertThat(focused()).as("back in the library after the report").isEqualTo("library");

        // A row's menu with Shift+F10, closed with Escape: the focus stays on the row.
        keys(KeyCode.SHIFT, KeyCode.F10);
        app.waitFor(() -> robot.listWindows().stream()
                .anyMatch(w -> w.isShowing() && w instanceof ContextMenu c && "libraryRowMenu".equals(c.getId())));
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> robot.listWindows().stream().noneMatch(w -> w.isShowing() && w instanceof ContextMenu));
        assertThat(focused()).isEqualTo("library");
    }
}
