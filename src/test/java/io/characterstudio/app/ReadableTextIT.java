package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.bench.CastGenerator;
import io.characterstudio.ui.library.LibraryItem;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The real window, by keyboard: browsing away from unsaved edits keeps them as a draft without a
 * dialog; text can be read whole (the voice picker's empty popup, the About dialog's Close, the
 * Details at small window sizes); the text size scales the window.
 */
class ReadableTextIT extends AppWindowIT {

    @SuppressWarnings("unchecked")
    private ListView<LibraryItem> library() {
        return robot.lookup("#library").queryAs(ListView.class);
    }

    private void launchWith(int characters) throws Exception {
        CastGenerator.generate(dataDir, characters, 30);
        launch();
        robot.interact(
                () -> { // the stage outlives a test: another may have left it narrow (library folded)
                    app.stage().setWidth(1200);
                    app.stage().setHeight(780);
                });
        app.waitFor(() -> robot.lookup("#library").tryQuery().isPresent()
                && library().getItems().size() == characters);
    }

    private String row(int index) {
        return library().getItems().get(index).id();
    }

    private long dialogsShown() {
        return robot.listWindows().stream()
                .filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .count();
    }

    private boolean focused(String query) {
        AtomicReference<Boolean> focused = new AtomicReference<>();
        robot.interact(() -> focused.set(robot.lookup(query).query().isFocused()));
        return focused.get();
    }

    @Test
    void browsingAwayFromAnEditKeepsItAsADraftWithoutADialog() throws Exception {
        launchWith(3);
        robot.interact(() -> robot.lookup("#librarySearch").query().requestFocus());
        robot.type(KeyCode.DOWN);
        assertThat(focused("#library"))
                .as("Down from the search moves into the list")
                .isTrue();
        String first = row(0);
        app.waitFor(() -> app.text("#characterId").equals(first));

        robot.interact(() -> robot.lookup("#name").query().requestFocus());
        robot.type(KeyCode.END).write(" Jr");
        String edited = app.text("#name");
        assertThat(edited).endsWith(" Jr");
        robot.interact(() -> library().requestFocus());
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        String third = row(2);
        app.waitFor(() -> app.text("#characterId").equals(third));
        assertThat(dialogsShown()).as("no Save / Don't save / Cancel").isZero();
        app.waitFor(
                () -> robot.lookup("#library .tag-draft").queryAll().stream().anyMatch(Node::isVisible));
        AtomicReference<Integer> selected = new AtomicReference<>();
        robot.interact(() -> selected.set(library().getSelectionModel().getSelectedIndex()));
        assertThat(selected.get())
                .as("the selection stays where the keys left it")
                .isEqualTo(2);

        robot.type(KeyCode.UP).type(KeyCode.UP);
        app.waitFor(() -> app.text("#characterId").equals(first));
        assertThat(app.text("#name")).as("the draft is back in the editor").isEqualTo(edited);
        assertThat(robot.lookup("#editorUnsaved").query().isVisible())
                .as("marked unsaved")
                .isTrue();
        assertThat(dialogsShown()).isZero();

        robot.interact(() -> ((TextField) robot.lookup("#librarySearch").query()).setText("has:draft"));
        app.waitFor(() -> library().getItems().size() == 1
                && library().getItems().get(0).id().equals(first));
    }

    @Test
    void aVoiceSearchThatMatchesNothingSaysSo() throws Exception {
        searchMatchingNothing("#voice", "No voice matches");
    }

    @Test
    void aLanguageSearchThatMatchesNothingSaysSo() throws Exception {
        searchMatchingNothing("#addLanguage", "No language matches");
    }

    /** Types a search that matches nothing into the picker {@code query}: its popup shows {@code placeholder}. */
    private void searchMatchingNothing(String query, String placeholder) throws Exception {
        launchWith(1);
        robot.interact(() -> library().getSelectionModel().select(0));
        app.waitFor(() -> !app.text("#characterId").isEmpty());
        ComboBox<?> picker = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> {
            picker.requestFocus();
            picker.show();
        });
        robot.write("zzqqxx");
        app.waitFor(() -> robot.lookup(".picker-placeholder").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().equals(placeholder) && showing(l)));
        robot.type(KeyCode.ESCAPE);
    }

    private static boolean showing(Node node) {
        return node.getScene() != null
                && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing()
                && node.isVisible();
    }

    @Test
    void theAboutDialogsCloseButtonIsWhole() throws Exception {
        launch();
        robot.clickOn("Help").clickOn("About Character Studio");
        Window about = app.dialog("aboutDialog");
        app.waitFor(() -> about.getWidth() > 0);
        Parent pane = robot.lookup("#aboutDialog").queryAs(Parent.class);
        Button close = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Close".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        AtomicReference<List<String>> cut = new AtomicReference<>();
        robot.interact(() -> {
            bounds.set(close.localToScene(close.getLayoutBounds()));
            cut.set(Truncation.truncatedLabels(pane));
        });
        assertThat(bounds.get().getMaxY())
                .as("Close lies inside the dialog")
                .isLessThanOrEqualTo(pane.getScene().getHeight());
        assertThat(bounds.get().getMaxX()).isLessThanOrEqualTo(pane.getScene().getWidth());
        assertThat(cut.get()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theDetailsAreWholeAtTheSmallestWindowSizes() throws Exception {
        launchWith(1);
        robot.interact(() -> library().getSelectionModel().select(0));
        app.waitFor(() -> !app.text("#characterId").isEmpty());
        for (double[] size : new double[][] {{900, 520}, {1024, 700}}) {
            robot.interact(() -> {
                app.stage().setWidth(size[0]);
                app.stage().setHeight(size[1]);
            });
            AtomicReference<List<String>> cut = new AtomicReference<>();
            robot.interact(() -> cut.set(
                    Truncation.truncatedLabels(robot.lookup("#editorSide").queryAs(Parent.class))));
            assertThat(cut.get()).as("%s x %s", size[0], size[1]).isEmpty();
        }
    }

    @Test
    void ctrlPlusMinusAndZeroScaleTheWholeWindow() throws Exception {
        launch();
        Parent root = app.stage().getScene().getRoot();
        AtomicReference<Double> font = new AtomicReference<>();
        Runnable measure = () -> robot.interact(() -> font.set(
                robot.lookup("#statusConnection").queryAs(Label.class).getFont().getSize()));
        measure.run();
        double normal = font.get();

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        app.waitFor(() -> root.getStyle().equals("-fx-font-size: 17.5px;"));
        measure.run();
        assertThat(font.get()).as("the status bar grows with the root").isGreaterThan(normal * 1.2);

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        app.waitFor(() -> root.getStyle().equals("-fx-font-size: 15.4px;"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        app.waitFor(() -> root.getStyle().isEmpty());
        measure.run();
        assertThat(font.get()).isEqualTo(normal);
    }
}
