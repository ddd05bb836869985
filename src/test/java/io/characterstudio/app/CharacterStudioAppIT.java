package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiException;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.store.Workspace;
import io.characterstudio.testsupport.AppDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real app, headless, on a real embedded sandbox and a temporary data folder: what a user
 * does, checked against the sandbox's state after each step.
 */
class CharacterStudioAppIT {

    private static final String BACKSTORY = "Ann keeps the lighthouse on the northern cape. She talks to ships.";

    @TempDir
    Path dataDir;

    private AppDriver app;
    private FxRobot robot;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void start() throws Exception {
        app = new AppDriver(dataDir).launch().awaitMainWindow();
        robot = app.robot;
    }

    private void restart() throws Exception {
        app.close();
        start();
    }

    /** Adds a language by the "add a language" picker; {@code label} is "Name (code)". */
    private void checkLanguage(String label) {
        robot.clickOn("#addLanguage").write(label).type(KeyCode.DOWN).type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseVoice(String search) {
        robot.clickOn("#voice");
        robot.write(search);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
    }

    private void replaceBackstory(String text) {
        robot.clickOn("#backstory");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    /**
     * Creates characters straight on the sandbox (as another tool would), then syncs the library
     * with the account (Ctrl+Shift+Y) and waits for the summary; answers the direct client.
     */
    private ConvaiClient createOnTheServerAndSync(java.util.function.UnaryOperator<String> backstory, String... names)
            throws Exception {
        ConvaiClient sandbox = app.sandboxClient();
        for (String name : names) {
            sandbox.create(new CharacterFields(name, "AriaNeural", backstory.apply(name), List.of(), List.of("en-US")));
        }
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.text("#statusResult").startsWith("Synced: " + names.length + " characters"));
        return sandbox;
    }

    /** Ctrl+O, the ID, Enter: waits until the editor shows it. */
    private void openById(String id) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        app.dialog("openDialog");
        robot.clickOn("#openText").write(id).type(KeyCode.ENTER);
        app.waitFor(() -> app.text("#characterId").equals(id));
    }

    private void save() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        app.waitFor(() -> !app.stage().getTitle().startsWith("\u2022")
                || !app.text("#editorError").isEmpty());
    }

    @Test
    void aWriterCreatesEditsClonesDeletesAndOpensCharactersAcrossRestarts() throws Exception {
        start();
        assertThat(robot.lookup("#welcome").query().isVisible())
                .as("the first screen invites to create")
                .isTrue();
        app.screenshot("main-window-first-start");
        ConvaiClient sandbox = app.sandboxClient();

        robot.clickOn("#welcomeCreate");
        robot.write("Ann Lighthouse");
        checkLanguage("French (fr-FR)");
        chooseVoice("Ada Female Multilingual");
        robot.clickOn("#newAction").write("Wave").type(KeyCode.ENTER);
        robot.write("Nod").type(KeyCode.ENTER);
        robot.clickOn("#backstory").write(BACKSTORY);
        assertThat(app.text("#wordCount")).isEqualTo("12 / 1000 words · 66 characters");
        assertThat(app.stage().getTitle()).startsWith("• Ann Lighthouse — Character Studio");
        save();
        assertThat(app.text("#editorError")).isEmpty();
        String id = app.text("#characterId");
        assertThat(app.text("#voiceWarning")).isEmpty();
        CharacterFields created = sandbox.get(id).fields();
        assertThat(created)
                .isEqualTo(new CharacterFields(
                        "Ann Lighthouse",
                        "AZURE-MULTILINGUAL-a274d6d359",
                        BACKSTORY,
                        List.of("Wave", "Nod"),
                        List.of("en-US", "fr-FR")));
        assertThat(app.stage().getTitle()).startsWith("Ann Lighthouse — Character Studio");
        app.screenshot("main-window");

        restart();
        ConvaiClient restarted = app.sandboxClient();
        ListView<?> library = robot.lookup("#library").queryAs(ListView.class);
        assertThat(library.getItems()).hasSize(1);
        assertThat(app.text("#characterId"))
                .as("the character of last time is open again")
                .isEqualTo(id);
        assertThat(robot.lookup("#backstory").queryAs(TextArea.class).getText()).isEqualTo(BACKSTORY);

        replaceBackstory("Ann kept the lighthouse until the storm.");
        save();
        assertThat(restarted.get(id).fields().backstory()).isEqualTo("Ann kept the lighthouse until the storm.");
        assertThat(restarted.get(id).name()).isEqualTo("Ann Lighthouse");

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        app.dialog("cloneDialog");
        robot.clickOn("#cloneKnowledgeBank");
        robot.clickOn("Clone");
        app.waitFor(() -> !app.text("#characterId").equals(id)
                && !app.text("#characterId").isBlank());
        String copy = app.text("#characterId");
        CharacterFields original = restarted.get(id).fields();
        assertThat(restarted.get(copy).fields())
                .as("the copy is named like the bulk clone's pattern")
                .isEqualTo(new CharacterFields(
                        "Ann Lighthouse v1",
                        original.voiceType(),
                        original.backstory(),
                        original.actions(),
                        original.languageCodes()));
        assertThat(app.text("#statusResult")).startsWith("Cloned Ann Lighthouse → Ann Lighthouse v1");
        assertThat(library.getItems()).hasSize(2);

        robot.clickOn("#backstory");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DELETE).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("deleteDialog");
        Button confirm = robot.lookup("#deleteConfirmButton").queryAs(Button.class);
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn("#deleteConfirmText").write("Ann Lighthouse v1");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);
        app.waitFor(() -> app.text("#statusResult").startsWith("Deleted"));
        assertThatThrownBy(() -> restarted.get(copy))
                .isInstanceOfSatisfying(
                        ConvaiException.class, e -> assertThat(e.kind()).isEqualTo(ConvaiException.Kind.NOT_FOUND));
        assertThat(restarted.get(id).name()).isEqualTo("Ann Lighthouse");
        app.waitFor(() -> app.text("#libraryHidden").equals("1 deleted hidden ·"));
        assertThat(robot.lookup(".tag-deleted").tryQuery())
                .as("deleted rows are hidden by default")
                .isEmpty();
        robot.clickOn("#libraryShowHidden");
        app.waitFor(() -> robot.lookup(".tag-deleted").tryQuery().isPresent());
        robot.clickOn("#libraryShowHidden");

        String bo = restarted.create(new CharacterFields("Bo", "GUY", "A sailor.", List.of(), List.of("en-US")));
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        app.dialog("openDialog");
        robot.clickOn("#openText").write("  " + bo + "  ").type(KeyCode.ENTER);
        app.waitFor(() -> app.text("#characterId").equals(bo));
        assertThat(robot.lookup("#voiceWarning").queryAs(Label.class).getText())
                .contains("\"GUY\" is not in the voice catalogue");
        assertThat(robot.lookup("#voice")
                        .queryAs(javafx.scene.control.ComboBoxBase.class)
                        .getPromptText())
                .as("the voice is kept and shown")
                .isEqualTo("GUY");

        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        app.dialog("openDialog");
        robot.clickOn("#openText").write("ann light");
        assertThat(robot.lookup("#openSuggestions").queryListView().getItems())
                .as("library names, as you type")
                .containsExactly("Ann Lighthouse");
        // The list has room for its rows (it was squeezed to a few pixels once names matched) and the
        // help lines are not cut.
        assertThat(robot.lookup("#openSuggestions").queryListView().getHeight())
                .as("room for the suggestions")
                .isGreaterThan(100);
        assertThat(Truncation.truncatedLabels(
                        app.dialog("openDialog").getScene().getRoot()))
                .as("cut labels in the open dialog")
                .isEmpty();
        robot.write("house").type(KeyCode.ENTER); // another case than the library's: still opens Ann
        app.waitFor(() -> app.text("#characterId").equals(id));
        assertThat(library.getItems())
                .as("Ann and Bo; the deleted copy is hidden")
                .hasSize(2);
        assertThat(app.text("#libraryHidden")).isEqualTo("1 deleted hidden ·");
    }

    @Test
    void aSaveThatFailsKeepsTheTextAndSaysWhyUnderTheToolbar() throws Exception {
        start();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("Cora");
        chooseVoice("Aria Female American");
        robot.clickOn("#backstory").write("Words that must not be lost.");
        io.characterstudio.sandbox.FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"server_error_rate\": 1}");
        save();
        assertThat(app.text("#editorError")).startsWith("Not saved. The server failed");
        assertThat(robot.lookup("#backstory").queryAs(TextArea.class).getText())
                .isEqualTo("Words that must not be lost.");
        assertThat(app.text("#name")).isEqualTo("Cora");
        assertThat(robot.lookup("#statusResult").queryAs(Label.class).getStyleClass())
                .contains("status-error");
        app.screenshot("main-window-save-failed");
        io.characterstudio.sandbox.FaultAdminClient.set(app.sandboxUri(), dataDir, "{\"reset\": true}");
        save();
        assertThat(app.text("#editorError")).isEmpty();
        assertThat(app.sandboxClient().getByName("Cora").fields().backstory())
                .isEqualTo("Words that must not be lost.");
    }

    @Test
    void validationMessagesAppearUnderTheirFieldsAndSaveWaitsForThem() throws Exception {
        start();
        robot.clickOn("#welcomeCreate");
        assertThat(app.text("#nameProblem")).as("a blank new form hints first").isEqualTo("Required.");
        robot.clickOn("#name").type(KeyCode.TAB).clickOn("#name");
        assertThat(app.text("#nameProblem")).as("once left empty").isEqualTo("The name is required.");
        robot.write("Dee");
        assertThat(app.text("#nameProblem"))
                .as("the message goes; its line stays, so nothing jumps")
                .isEmpty();
        robot.clickOn("#newAction").write("Sit, Stand").type(KeyCode.ENTER);
        assertThat(app.text("#actionsMessage")).contains("separate actions");
        TextArea backstory = robot.lookup("#backstory").queryAs(TextArea.class);
        robot.interact(() -> backstory.setText("word ".repeat(999)));
        robot.clickOn(backstory)
                .press(KeyCode.CONTROL)
                .type(KeyCode.END)
                .release(KeyCode.CONTROL)
                .write(" two more");
        assertThat(app.text("#backstoryProblem")).contains("1001 words");
        assertThat(robot.lookup("#wordMeter").query().getStyleClass()).contains("meter-error");
        // Save stays enabled so that it can say why it refuses (issue 14); nothing reaches the server
        robot.clickOn("#toolSave");
        app.waitFor(() -> app.text("#statusResult").startsWith("Not saved"));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#findField").query().isFocused()).isTrue();
        app.screenshot("main-window-validation");
        assertThat(app.sandboxClient().list()).isEmpty();
    }

    /**
     * Unsaved edits are journalled as a draft, so closing does not ask (it asks only when a draft
     * could not be written: KeepAsDraftTest); the draft is offered back at the next start.
     */
    @Test
    void closingWithUnsavedChangesKeepsThemAsADraftWithoutAQuestion() throws Exception {
        start();
        robot.clickOn("#welcomeCreate").write("Eve");
        Stage stage = app.stage();
        javafx.application.Platform.runLater(
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        app.waitFor(() -> !stage.isShowing());
        assertThat(robot.listWindows().stream()
                        .anyMatch(w -> w.getScene() != null
                                && w.getScene().getRoot() != null
                                && "saveChangesDialog"
                                        .equals(w.getScene().getRoot().getId())))
                .as("no question")
                .isFalse();
        app.close(); // the app lets go of its workspace
        try (io.characterstudio.store.Workspace workspace = io.characterstudio.store.Workspace.open(
                dataDir, io.characterstudio.testsupport.SandboxWorld.JSON, java.time.Clock.systemUTC())) {
            assertThat(workspace.drafts().list(io.characterstudio.service.ConnectionService.EMBEDDED_ID))
                    .as("the edits are kept as a draft")
                    .anyMatch(d -> d.fields().name().equals("Eve"));
        }
    }

    @Test
    void theDarkThemeIsRemembered() throws Exception {
        start();
        robot.clickOn("#toolTheme");
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        app.screenshot("main-window-dark");
        restart();
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        robot.clickOn("#toolTheme");
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("light");
    }

    @Test
    void aDeletedCharacterGoesToTheTrashAndComesBackWithANewId() throws Exception {
        start();
        ConvaiClient sandbox = app.sandboxClient();
        String id = sandbox.create(
                new CharacterFields("Gus", "AriaNeural", "Rings the bell.", List.of(), List.of("en-US")));
        openById(id);
        robot.clickOn("#toolDelete");
        app.dialog("deleteDialog");
        robot.clickOn("#deleteConfirmText").write("Gus");
        robot.clickOn("#deleteConfirmButton");
        app.waitFor(() -> app.text("#statusResult").contains("a copy is in the trash"));
        assertThat(sandbox.list()).isEmpty();

        robot.clickOn("File").clickOn("Trash…");
        app.dialog("trashDialog");
        javafx.scene.Parent trash =
                robot.lookup("#trashDialog").query().getScene().getRoot();
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Truncation.truncatedLabels(trash))
                        .get())
                .as("every button of the trash shows its whole label")
                .isEmpty();
        robot.clickOn("#trashSearch").write("gus");
        assertThat(app.text("#trashCounts")).isEqualTo("1 of 1 shown, 0 selected");
        ListCell<?> row = robot.lookup("#trashList .list-cell").queryAs(ListCell.class);
        robot.clickOn(row);
        ListCell<?> blank = robot.from(robot.lookup("#trashList").queryAs(Node.class))
                .lookup((Node n) -> n instanceof ListCell<?> c && c.isEmpty())
                .queryAs(ListCell.class);
        robot.clickOn("#trashSearch");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(StateVisibleIT.contrast(StateVisibleIT.shown(row), StateVisibleIT.shown(blank)))
                .as("the selected row stands out, the list unfocused")
                .isGreaterThanOrEqualTo(3.0);
        robot.clickOn("#trashRestore");
        app.dialog("confirmDialog");
        robot.clickOn("Yes");
        app.waitFor(() -> app.text("#trashMessage").startsWith("Restored"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#trashDialog")
                                .query()
                                .getScene()
                                .getFocusOwner()
                                .getId())
                        .get())
                .as("after a restore the focus is back on the list")
                .isEqualTo("trashList");
        assertThat(robot.lookup("#trashList .list-cell").queryAs(ListCell.class).getText())
                .as("a restored entry says so first")
                .startsWith("Restored as ");
        app.screenshotOf("trashDialog", "trash-dialog");
        assertThat(app.text("#trashMessage")).contains("knowledge bank");
        robot.clickOn("Close");
        app.waitFor(() ->
                !app.text("#characterId").isBlank() && !app.text("#characterId").equals(id));
        assertThat(sandbox.get(app.text("#characterId")).fields().backstory()).isEqualTo("Rings the bell.");
    }

    @Test
    void aChangeMadeElsewhereIsShownSideBySideAndMergedByField() throws Exception {
        start();
        ConvaiClient sandbox = app.sandboxClient();
        String id = sandbox.create(
                new CharacterFields("Hal", "AriaNeural", "Guards the gate.", List.of(), List.of("en-US")));
        openById(id);
        replaceBackstory("Guards the gate, and the keys.");
        sandbox.update(
                id, new io.characterstudio.model.CharacterUpdate("Hal the Elder", null, "Retired.", null, null), false);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        app.dialog("conflictDialog");
        app.screenshotOf("conflictDialog", "conflict-dialog");
        robot.clickOn("#merge-Name-theirs");
        robot.clickOn("Merge");
        app.waitFor(() -> app.text("#name").equals("Hal the Elder"));
        assertThat(robot.lookup("#backstory").queryAs(TextArea.class).getText())
                .isEqualTo("Guards the gate, and the keys.");
        save();
        CharacterFields server = sandbox.get(id).fields();
        assertThat(server.name()).isEqualTo("Hal the Elder");
        assertThat(server.backstory()).isEqualTo("Guards the gate, and the keys.");
    }

    @Test
    void theHistoryComparesRevisionsAndPutsAnOldBackstoryBack() throws Exception {
        start();
        robot.clickOn("#welcomeCreate").write("Ivy");
        chooseVoice("Aria Female American");
        robot.clickOn("#backstory").write("Ivy tends the old garden.");
        save();
        replaceBackstory("Ivy tends the new garden by the sea.");
        save();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("historyDialog");
        ListView<?> revisions = robot.lookup("#historyList").queryAs(ListView.class);
        assertThat(revisions.getItems()).hasSize(2);
        robot.clickOn(robot.from(revisions).lookup(".list-cell").nth(1).queryAs(ListCell.class));
        assertThat(app.text("#historyChanges")).contains("words added");
        app.screenshotOf("historyDialog", "history-dialog");
        robot.clickOn("#historyRestoreField");
        robot.clickOn("Close");
        app.waitFor(() ->
                robot.lookup("#backstory").queryAs(TextArea.class).getText().equals("Ivy tends the old garden."));
        assertThat(app.stage().getTitle()).startsWith("• Ivy");
        assertThat(app.sandboxClient().getByName("Ivy").fields().backstory())
                .isEqualTo("Ivy tends the new garden by the sea.");
    }

    @Test
    void aDesignerSyncsSelectsSeveralAndDeletesThemInBulk() throws Exception {
        start();
        ConvaiClient sandbox = createOnTheServerAndSync(name -> name + ".", "Kai", "Lu", "Mo");
        ListView<?> library = robot.lookup("#library").queryAs(ListView.class);
        assertThat(library.getItems()).hasSize(3);
        robot.clickOn("Kai");
        app.waitFor(() -> app.text("#name").equals("Kai"));
        robot.press(KeyCode.SHIFT).clickOn("Mo").release(KeyCode.SHIFT);
        assertThat(library.getSelectionModel().getSelectedItems()).hasSize(3);
        robot.clickOn("Edit").clickOn("Delete selected characters…");
        app.dialog("bulkDeleteDialog");
        Button confirm = robot.lookup("#bulkDeleteButton").queryAs(Button.class);
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn("#bulkDeleteCount").write("3");
        robot.clickOn(confirm);
        app.dialog("reportDialog");
        assertThat(app.text("#reportSummary")).isEqualTo("3 done, 0 failed, 0 skipped.");
        assertThat(robot.lookup("#reportText").queryAs(ListView.class).getItems())
                .hasSize(3);
        app.screenshotOf("reportDialog", "bulk-delete-report");
        robot.clickOn("Close");
        assertThat(sandbox.list()).isEmpty();
        app.waitFor(() -> app.text("#libraryHidden").equals("3 deleted hidden ·"));
        robot.clickOn("#libraryShowHidden");
        app.waitFor(() -> robot.lookup(".tag-deleted").queryAll().size() == 3);
    }

    @Test
    void aDesignerKeepsTheSelectionWhileFilteringAndClonesItInBulkAfterADryRun() throws Exception {
        start();
        ConvaiClient sandbox = createOnTheServerAndSync(name -> name + " of Rivertown.", "Kai", "Lu", "Mo");
        ListView<?> library = robot.lookup("#library").queryAs(ListView.class);
        robot.clickOn("Kai");
        app.waitFor(() -> app.text("#name").equals("Kai"));
        robot.press(KeyCode.SHIFT).clickOn("Mo").release(KeyCode.SHIFT);
        robot.clickOn("#librarySearch").write("lu");
        app.waitFor(() -> library.getItems().size() == 1);
        javafx.scene.control.TextField search =
                robot.lookup("#librarySearch").queryAs(javafx.scene.control.TextField.class);
        robot.interact(search::clear);
        app.waitFor(() -> library.getItems().size() == 3);
        app.waitFor(() -> library.getSelectionModel().getSelectedItems().size() == 3);

        robot.clickOn("Edit").clickOn("Clone selected characters…");
        app.dialog("bulkCloneDialog");
        robot.clickOn("Clone");
        app.dialog("bulkPlanDialog");
        ListView<?> plan = robot.lookup("#bulkPlanLines").queryAs(ListView.class);
        assertThat(plan.getItems())
                .hasSize(3)
                .first()
                .asString()
                .contains("Kai, copy 1")
                .contains("\"Kai v1\"");
        app.screenshotOf("bulkPlanDialog", "bulk-clone-dry-run");
        robot.clickOn("#bulkPlanRun");
        app.dialog("reportDialog");
        assertThat(app.text("#reportSummary")).startsWith("3 done, 0 failed");
        robot.clickOn("Close");
        assertThat(sandbox.list())
                .extracting(s -> s.name())
                .containsExactlyInAnyOrder("Kai", "Lu", "Mo", "Kai v1", "Lu v1", "Mo v1");
        robot.clickOn("#librarySearch").write("rivertown");
        // Lu and Mo came from the sync: their backstories are not here until opened or fetched.
        app.waitFor(() -> library.getItems().size() == 4);
        robot.clickOn("Connection").clickOn("Fetch missing backstories");
        app.dialog("reportDialog");
        robot.clickOn("Close");
        app.waitFor(() -> library.getItems().size() == 6);
        app.waitFor(() -> !robot.lookup(".search-hit").queryAll().isEmpty());
        // On a selected row the "1 clone" link reads like the row's other text, not blue on blue
        javafx.scene.control.Hyperlink link = robot.lookup("#library .list-cell:selected .library-clones")
                .queryAs(javafx.scene.control.Hyperlink.class);
        // the row's voice line (the first line under the name)
        javafx.scene.control.Label meta = (javafx.scene.control.Label)
                link.getParent().getParent().getChildrenUnmodifiable().get(0);
        assertThat(link.getTextFill()).isEqualTo(meta.getTextFill());
        app.screenshot("library-search-highlight");
    }

    @Test
    void aWriterRenamesATownAcrossCharactersAsDraftsAndSavesThem() throws Exception {
        start();
        ConvaiClient sandbox = createOnTheServerAndSync(name -> name + " was born in Rivertown.", "Nia", "Oto");
        robot.clickOn("Connection").clickOn("Fetch missing backstories");
        app.dialog("reportDialog");
        robot.clickOn("Close");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        app.dialog("findReplaceDialog");
        robot.clickOn("#replaceFind").write("Rivertown");
        robot.clickOn("#replaceWith").write("Lakeside");
        robot.clickOn("#replacePreview");
        app.waitFor(() -> app.text("#replaceSummary").startsWith("2 hits in 2 of 2 characters."));
        app.screenshotOf("findReplaceDialog", "find-replace-preview");
        robot.clickOn("#replaceApply");
        ListView<?> library = robot.lookup("#library").queryAs(ListView.class);
        app.waitFor(() -> robot.lookup("#librarySearch")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText()
                        .equals("has:draft")
                && library.getItems().size() == 2);
        app.waitFor(() -> robot.lookup(".tag-draft").queryAll().size() == 2);
        assertThat(sandbox.getByName("Nia").fields().backstory())
                .as("nothing sent yet")
                .contains("Rivertown");
        robot.clickOn("Edit").clickOn("Save drafts of the selection (or all)…");
        app.dialog("bulkPlanDialog");
        robot.clickOn("#bulkPlanRun");
        app.dialog("reportDialog");
        assertThat(app.text("#reportSummary")).startsWith("2 done, 0 failed");
        robot.clickOn("Close");
        assertThat(sandbox.getByName("Nia").fields().backstory()).isEqualTo("Nia was born in Lakeside.");
        assertThat(sandbox.getByName("Oto").fields().backstory()).isEqualTo("Oto was born in Lakeside.");
        app.waitFor(() -> library.getItems().isEmpty());
    }

    @Test
    void theAboutDialogGivesTheVersionRuntimeDataFolderAndLogFile() throws Exception {
        start();
        robot.clickOn("Help").clickOn("About Character Studio");
        app.dialog("aboutDialog");
        java.util.Properties built = new java.util.Properties();
        try (var in = CharacterStudioAppIT.class.getResourceAsStream("/io/characterstudio/app/version.properties")) {
            built.load(in);
        }
        assertThat(built.getProperty("version")).isNotBlank().doesNotContain("${");
        assertThat(app.text("#aboutVersion")).isEqualTo(built.getProperty("version"));
        assertThat(app.text("#aboutJava")).contains(System.getProperty("java.version"));
        assertThat(app.text("#aboutJavafx")).startsWith("21.0.11");
        assertThat(app.text("#aboutDataDir")).isEqualTo(dataDir.toString());
        assertThat(app.text("#aboutLogFile"))
                .isEqualTo(
                        dataDir.resolve("logs").resolve("character-studio.log").toString());
        assertThat(dataDir.resolve("logs").resolve("character-studio.log")).exists();
        assertThat(app.text("#aboutLicence")).startsWith("MIT");
        app.screenshotOf("aboutDialog", "about-dialog");
        robot.clickOn("Close");
        assertThat(app.stage().getIcons()).as("the window uses the app icon").hasSize(4);
    }

    @Test
    void aSecondAppOnTheSameDataFolderSaysItIsInUse() throws Exception {
        try (Workspace other = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            app = new AppDriver(dataDir).launch();
            robot = app.robot;
            Label status = robot.lookup("#status").queryAs(Label.class);
            app.waitFor(() -> status.getText().contains("already open"));
            assertThat(status.getText())
                    .startsWith("Character Studio could not start. Character Studio is already open");
            io.characterstudio.testsupport.Screenshots.save(
                    robot.capture(status.getScene().getRoot()).getImage(), "start-window-folder-in-use");
        }
    }
}
