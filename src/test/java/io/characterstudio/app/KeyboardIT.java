package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.model.CharacterFields;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Keyboard only, in the real window: each step checks where the focus is. */
class KeyboardIT extends AppWindowIT {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave", "Nod"), List.of("en-US"));

    private String focusedId() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return idOf(app.stage().getScene().getFocusOwner());
    }

    /** Presses Tab (at most 12 times) until the node {@code id} of {@code window} has the focus. */
    private void tabTo(Window window, String id) {
        for (int i = 0; i < 12 && !id.equals(idOf(window.getScene().getFocusOwner())); i++) {
            robot.type(KeyCode.TAB);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(idOf(window.getScene().getFocusOwner())).isEqualTo(id);
    }

    private Optional<ContextMenu> shownRowMenu() {
        return robot.listWindows().stream()
                .filter(Window::isShowing)
                .filter(w -> w instanceof ContextMenu c && "libraryRowMenu".equals(c.getId()))
                .map(w -> (ContextMenu) w)
                .findFirst();
    }

    private void sync(int count) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Synced: " + count));
    }

    @Test
    void theWindowStartsInTheSearchAndShiftF10OrTheMenuKeyOpensTheFocusedRowsMenu() throws Exception {
        launch();
        app.waitFor(() ->
                "librarySearch".equals(app.stage().getScene().getFocusOwner().getId()));
        app.sandboxClient().create(ANN);
        sync(1);
        tabTo(app.stage(), "library");
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        app.waitFor(() -> shownRowMenu().isPresent());
        assertThat(shownRowMenu().get().getItems().get(0).getText()).startsWith("Show its _clones");
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> shownRowMenu().isEmpty());
        assertThat(focusedId()).isEqualTo("library");
        robot.type(KeyCode.CONTEXT_MENU);
        app.waitFor(() -> shownRowMenu().isPresent());
        robot.type(KeyCode.ESCAPE);
        app.waitFor(() -> shownRowMenu().isEmpty());
        assertThat(focusedId()).isEqualTo("library");
    }

    @Test
    void aLetterInAnOpenMenuNeverReachesTheFieldAndItsMnemonicChoosesTheEntry() throws Exception {
        launch();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        app.waitFor(() -> "name".equals(focusedId()));
        robot.write("Ann");
        MenuBar bar = robot.lookup("#mainMenuBar").queryAs(MenuBar.class);
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        app.waitFor(() -> bar.getMenus().get(1).isShowing());
        robot.type(KeyCode.X, KeyCode.Z);
        assertThat(app.text("#name")).isEqualTo("Ann");
        assertThat(bar.getMenus().get(1).isShowing()).as("no entry has X or Z").isTrue();
        robot.type(KeyCode.L); // Search the _library
        app.waitFor(() -> "librarySearch".equals(focusedId()));
        assertThat(bar.getMenus().get(1).isShowing()).isFalse();
        assertThat(app.text("#name")).isEqualTo("Ann");
        assertThat(app.text("#librarySearch")).isEmpty();
    }

    @Test
    void everyMenuHasUniqueMnemonicsAndTrashAndDarkThemeHaveShortcuts() throws Exception {
        launch();
        MenuBar bar = robot.lookup("#mainMenuBar").queryAs(MenuBar.class);
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            List<String> letters = menu.getItems().stream()
                    .map(i -> mnemonic(i.getText()))
                    .filter(l -> !l.isEmpty())
                    .toList();
            assertThat(letters).as(menu.getText()).doesNotHaveDuplicates();
        }
        List<String> top =
                bar.getMenus().stream().map(m -> mnemonic(m.getText())).toList();
        assertThat(top).doesNotHaveDuplicates();
        javafx.scene.control.CheckMenuItem darkItem =
                (javafx.scene.control.CheckMenuItem) bar.getMenus().get(3).getItems().stream()
                        .filter(i -> "menuDark".equals(i.getId()))
                        .findFirst()
                        .orElseThrow();
        boolean dark = darkItem.isSelected();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> darkItem.isSelected() != dark);
        assertThat(focusedId()).isEqualTo("librarySearch");
        app.sandboxClient().create(ANN);
        sync(1);
        typeInOpen("Ann");
        app.waitFor(() -> !app.text("#characterId").isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT)
                .type(KeyCode.DELETE)
                .release(KeyCode.DELETE, KeyCode.SHIFT, KeyCode.CONTROL);
        Window deleteDialog = app.dialog("deleteDialog");
        app.waitFor(deleteDialog::isFocused);
        robot.targetWindow(deleteDialog).write("Ann").type(KeyCode.ENTER);
        app.waitFor(() -> app.text("#characterId").isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Window trashDialog = app.dialog("trashDialog");
        app.waitFor(trashDialog::isFocused);
        ListView<?> trash = robot.lookup("#trashList").queryAs(ListView.class);
        tabTo(trashDialog, "trashList");
        assertThat(trash.getSelectionModel().getSelectedIndex())
                .as("the first entry, selected on focus")
                .isZero();
    }

    @Test
    void returnOnTheKnowledgeBankTickBoxClones() throws Exception {
        launch();
        ConvaiClient server = app.sandboxClient();
        String ann = server.create(ANN);
        typeInOpen(ann);
        app.waitFor(() -> app.text("#characterId").equals(ann));
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        Window dialog = app.dialog("cloneDialog");
        app.waitFor(dialog::isFocused);
        tabTo(dialog, "cloneKnowledgeBank");
        robot.type(KeyCode.ENTER);
        app.waitFor(() -> robot.lookup("#cloneDialog").tryQuery().isEmpty());
        app.waitFor(() -> !app.text("#characterId").equals(ann)
                && !app.text("#characterId").isEmpty());
        assertThat(server.list()).hasSize(2);
        assertThat(app.stage().getScene().getFocusOwner()).isNotNull();
    }

    @Test
    void renamingAnActionKeepsTheFocusOnIt() throws Exception {
        launch();
        String ann = app.sandboxClient().create(ANN);
        typeInOpen(ann);
        app.waitFor(() -> app.text("#characterId").equals(ann));
        ListView<?> actions = robot.lookup("#actions").queryAs(ListView.class);
        robot.interact(actions::requestFocus);
        app.waitFor(() -> actions.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.F2);
        app.waitFor(() -> actions.getEditingIndex() == 0);
        robot.write("Bow").type(KeyCode.ENTER);
        app.waitFor(() -> "Bow".equals(actions.getItems().get(0)));
        assertThat(focusedId()).isEqualTo("actions");
        assertThat(actions.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.DOWN);
        assertThat(actions.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(focusedId()).isEqualTo("actions");
    }

    @Test
    void aSecondSpaceOnTestConnectionWhileItRunsKeepsTheFocusAndTheDialog() throws Exception {
        launch();
        try (java.net.ServerSocket silent =
                new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
            robot.type(KeyCode.A); // Connection > Add connection…
            Window dialog = app.dialog("connectionDialog");
            app.waitFor(dialog::isFocused);
            tabTo(dialog, "connectionUrl");
            robot.targetWindow(dialog)
                    .press(KeyCode.CONTROL)
                    .type(KeyCode.A)
                    .release(KeyCode.CONTROL)
                    .write("http://127.0.0.1:" + silent.getLocalPort());
            tabTo(dialog, "connectionKey");
            robot.write("some-key");
            tabTo(dialog, "connectionTest");
            robot.type(KeyCode.SPACE);
            app.waitFor(() -> app.text("#connectionTestResult").startsWith("Testing"));
            assertThat(idOf(dialog.getScene().getFocusOwner())).isEqualTo("connectionTest");
            robot.type(KeyCode.SPACE);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(dialog.isShowing())
                    .as("the second Space does not close the dialog")
                    .isTrue();
            assertThat(idOf(dialog.getScene().getFocusOwner())).isEqualTo("connectionTest");
            assertThat(app.text("#connectionKey")).isEqualTo("some-key");
            robot.type(KeyCode.ESCAPE);
            app.waitFor(() -> !dialog.isShowing());
        }
    }

    private List<String> chips() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".language-chip").queryAllAs(javafx.scene.control.Button.class).stream()
                .map(javafx.scene.control.Button::getText)
                .toList();
    }

    private String focusedText() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return app.stage().getScene().getFocusOwner() instanceof javafx.scene.control.Button b ? b.getText() : null;
    }

    @Test
    void theLanguagesAreOneTabStopArrowsMoveBetweenChipsDeleteAndSpaceRemoveTypingAdds() throws Exception {
        launch();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        app.waitFor(() -> "name".equals(focusedId()));
        tabTo(app.stage(), "addLanguage");
        for (KeyCode[] name : new KeyCode[][] {
            {KeyCode.F, KeyCode.R, KeyCode.E, KeyCode.N, KeyCode.C, KeyCode.H},
            {KeyCode.G, KeyCode.E, KeyCode.R, KeyCode.M, KeyCode.A, KeyCode.N}
        }) {
            int before = chips().size();
            robot.type(name); // typing in the picker filters the languages; Enter adds the first match
            robot.type(KeyCode.ENTER);
            app.waitFor(() -> chips().size() == before + 1);
            app.waitFor(() -> "addLanguage".equals(focusedId()));
        }
        List<String> chosen = chips();
        assertThat(chosen).hasSizeGreaterThanOrEqualTo(2);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusedId())
                .as("Shift+Tab leaves the control: the chips are no Tab stops")
                .isEqualTo("voice");
        robot.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("addLanguage");
        robot.type(KeyCode.LEFT);
        assertThat(focusedText()).isEqualTo(chosen.get(chosen.size() - 1));
        robot.type(KeyCode.LEFT);
        assertThat(focusedText()).isEqualTo(chosen.get(chosen.size() - 2));
        robot.type(KeyCode.RIGHT);
        assertThat(focusedText()).isEqualTo(chosen.get(chosen.size() - 1));
        robot.type(KeyCode.DELETE); // drops the German one; the focus goes back to the picker
        app.waitFor(() -> chips().size() == chosen.size() - 1);
        assertThat(focusedId()).isEqualTo("addLanguage");
        robot.type(KeyCode.LEFT);
        String french = focusedText();
        assertThat(french).isEqualTo(chosen.get(chosen.size() - 2)).startsWith("French");
        robot.type(KeyCode.SPACE);
        app.waitFor(() -> chips().size() == chosen.size() - 2);
        assertThat(chips()).doesNotContain(french);
        assertThat(focusedId()).isEqualTo("addLanguage");
        robot.type(KeyCode.TAB);
        assertThat(focusedId())
                .as("a writer tabbing down the form reaches the backstory next")
                .isEqualTo("backstory");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(focusedId()).as("the find bar comes after the text").isEqualTo("findField");
    }

    /** The letter after the first underscore, in lower case, or "". */
    private static String mnemonic(String text) {
        int at = text == null ? -1 : text.indexOf('_');
        return at < 0 || at + 1 >= text.length()
                ? ""
                : text.substring(at + 1, at + 2).toLowerCase(java.util.Locale.ROOT);
    }

    private static String idOf(Node node) {
        return node == null ? null : node.getId();
    }
}
