package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, headless: unsaved edits show at the editor's header and on the library row and
 * the status bar stops saying "Saved"; Ctrl+S on an invalid form says why and puts the cursor in
 * the first invalid field; several selected rows are counted and stand out (at least 3:1 against
 * the list, light and dark); after a delete with characters left the editor invites a selection.
 */
class StateVisibleIT extends AppWindowIT {

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private void createAndSave(String name) throws Exception {
        robot.clickOn("#name").write(name);
        robot.clickOn("#voice").write("Aria Female American").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#backstory").write(name + " tends the garden.");
        ctrl(KeyCode.S);
        app.waitFor(() -> app.text("#statusResult").startsWith("Saved"));
    }

    /** Adds a language through the "add a language" picker, searching the catalogue by its code. */
    private void addLanguage(String code) {
        robot.clickOn("#addLanguage").write(code).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private java.util.List<String> chips() {
        return robot
                .from(robot.lookup("#languageChips").queryAs(Node.class))
                .lookup(".language-chip")
                .queryAllAs(javafx.scene.control.Button.class)
                .stream()
                .map(javafx.scene.control.Button::getText)
                .toList();
    }

    @Test
    void aRefusedFifthLanguageIsNotAddedAndSaysWhyUntilOneIsRemoved() throws Exception {
        launch();
        robot.clickOn("#welcomeCreate");
        for (String code : new String[] {"es-ES", "fr-FR", "ar"}) {
            addLanguage(code);
        }
        addLanguage("hi-IN");
        assertThat(chips())
                .as("the refused fifth language is not added")
                .containsExactly(
                        "English (en-US) \u00d7",
                        "Spanish (es-ES) \u00d7",
                        "French (fr-FR) \u00d7",
                        "Arabic (ar) \u00d7");
        assertThat(app.text("#languagesProblem")).isEqualTo("At most 4 languages: remove one first.");
        robot.clickOn("French (fr-FR) \u00d7");
        assertThat(app.text("#languagesProblem"))
                .as("removing one clears the refusal")
                .isEmpty();
        assertThat(focusText())
                .as("a removed chip gives the focus to the next chip")
                .isEqualTo("Arabic (ar) \u00d7");
        robot.clickOn("Arabic (ar) \u00d7");
        assertThat(focusId())
                .as("the last chip gives it to the picker's search")
                .isIn("addLanguage", "search");
        addLanguage("ar");
        addLanguage("hi-IN");
        assertThat(chips())
                .as("the chosen languages as chips, in order")
                .containsExactly(
                        "English (en-US) \u00d7",
                        "Spanish (es-ES) \u00d7",
                        "Arabic (ar) \u00d7",
                        "Hindi (hi-IN) \u00d7");
        robot.clickOn("Spanish (es-ES) \u00d7");
        assertThat(chips()).as("removing a chip drops the language").doesNotContain("Spanish (es-ES) \u00d7");
    }

    private String focusId() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    Node owner = app.stage().getScene().getFocusOwner();
                    for (Node n = owner; n != null; n = n.getParent()) {
                        if ("addLanguage".equals(n.getId())) {
                            return "addLanguage";
                        }
                    }
                    return owner == null ? null : owner.getId();
                })
                .get();
    }

    private String focusText() throws Exception {
        return WaitForAsyncUtils.asyncFx(
                        () -> app.stage().getScene().getFocusOwner() instanceof javafx.scene.control.Labeled l
                                ? l.getText()
                                : String.valueOf(app.stage().getScene().getFocusOwner()))
                .get();
    }

    @Test
    void ctrlSInTheVoicePickerSavesWithoutOpeningItsList() throws Exception {
        launch();
        robot.clickOn("#welcomeCreate");
        robot.clickOn("#name").write("Vera");
        robot.clickOn("#backstory").write("Vera sings.");
        robot.clickOn("#voice").write("Aria Female American").type(KeyCode.DOWN).type(KeyCode.ENTER);
        javafx.scene.control.ComboBox<?> voice = robot.lookup("#voice").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(focusId()).isEqualTo("voice");
        ctrl(KeyCode.S);
        app.waitFor(() -> app.text("#statusResult").startsWith("Saved"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(voice::isShowing).get())
                .as("the voice list stays closed")
                .isFalse();
        assertThat(focusId()).as("the focus stays on the voice").isEqualTo("voice");
    }

    private String libraryRowText(String name) {
        ListView<?> library = robot.lookup("#library").queryAs(ListView.class);
        return robot
                .from(library)
                .lookup((Node n) -> n instanceof ListCell<?> c
                        && c.getItem() != null
                        && robot.from(c)
                                .lookup((Node l) -> l instanceof Label label
                                        && label.getText().equals(name))
                                .tryQuery()
                                .isPresent())
                .queryAll()
                .stream()
                .flatMap(cell -> robot.from(cell).lookup(".label").queryAllAs(Label.class).stream())
                .map(Label::getText)
                .reduce("", (a, b) -> a + " " + b);
    }

    /** A selected row's background stands at least 3:1 against the list's own background. */
    private void assertSelectionContrast(String theme) {
        ListView<?> library = robot.lookup("#library").queryAs(ListView.class);
        ListCell<?> selected = robot.from(library)
                .lookup((Node n) -> n instanceof ListCell<?> c && c.isSelected())
                .queryAs(ListCell.class);
        ListCell<?> empty = robot.from(library)
                .lookup((Node n) -> n instanceof ListCell<?> c && c.isEmpty())
                .queryAs(ListCell.class);
        Color row = shown(selected);
        Color list = shown(empty);
        assertThat(contrast(row, list))
                .as("selected row %s vs list %s in the %s theme", row, list, theme)
                .isGreaterThanOrEqualTo(3.0);
    }

    /** The colour behind a node: its own top background fill, or the nearest ancestor's. */
    static Color shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r
                    && r.getBackground() != null
                    && !r.getBackground().getFills().isEmpty()) {
                var fills = r.getBackground().getFills();
                Color top = (Color) fills.get(fills.size() - 1).getFill();
                if (top.getOpacity() > 0.5) {
                    return top;
                }
            }
        }
        throw new AssertionError("No background behind " + node);
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    @Test
    void unsavedStateRefusedSaveAndEmptyStateAreVisible() throws Exception {
        launch();
        robot.clickOn("#welcomeCreate");
        createAndSave("Ivy");
        assertThat(robot.lookup("#editorUnsaved").query().isVisible()).isFalse();

        robot.clickOn("#backstory").write(" More.");
        app.waitFor(() -> robot.lookup("#editorUnsaved").query().isVisible());
        assertThat(app.text("#editorUnsaved")).contains("Unsaved changes");
        assertThat(app.text("#statusResult"))
                .as("no claim of Saved while edits are pending")
                .doesNotStartWith("Saved")
                .contains("Unsaved");
        app.waitFor(() -> libraryRowText("Ivy").contains("unsaved"));

        robot.clickOn("#name");
        ctrl(KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        robot.clickOn("#backstory");
        ctrl(KeyCode.S);
        app.waitFor(() -> app.text("#statusResult").startsWith("Not saved"));
        assertThat(app.text("#editorError")).startsWith("Not saved");
        assertThat(app.stage().getScene().getFocusOwner().getId()).isEqualTo("name");

        robot.write("Ivy");
        ctrl(KeyCode.S);
        app.waitFor(() -> !robot.lookup("#editorUnsaved").query().isVisible());
        assertThat(libraryRowText("Ivy")).doesNotContain("unsaved");

        ctrl(KeyCode.N);
        createAndSave("Bram");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> robot.lookup("#librarySelectionCount").query().isVisible());
        assertThat(app.text("#librarySelectionCount")).isEqualTo("2 selected");
        assertSelectionContrast("light");
        robot.clickOn("#toolTheme");
        app.waitFor(() -> true);
        assertSelectionContrast("dark");
        robot.clickOn("#toolTheme");
        ctrl(KeyCode.L);
        assertThat(focusId()).isEqualTo("librarySearch");
        robot.press(KeyCode.SHIFT).type(KeyCode.DELETE).release(KeyCode.SHIFT);
        app.dialog("bulkDeleteDialog"); // Shift+Delete in the search deletes the selected rows, not Cut
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#backstory");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DELETE).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("deleteDialog");
        robot.clickOn("#deleteConfirmText").write("Bram");
        robot.clickOn("#deleteConfirmButton");
        app.waitFor(() -> app.text("#statusResult").startsWith("Deleted"));
        app.waitFor(() -> robot.lookup("#welcomeTitle").query().isVisible());
        assertThat(app.text("#welcomeTitle")).isEqualTo("Select a character, or create one");
    }
}
