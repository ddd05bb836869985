package io.characterstudio.ui.common;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.Draft;
import io.characterstudio.model.WordCount;
import io.characterstudio.ui.connections.ConnectionDialog;
import io.characterstudio.ui.connections.ConnectionEditorViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The modal dialogs of the app, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    private final BulkDialogs bulk;
    private final TransferDialogs transfer;
    private final BackupDialogs backups;
    private final OpenDialogs open;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
        this.backups = new BackupDialogs(owner);
        this.open = new OpenDialogs(owner);
        this.bulk = new BulkDialogs(owner);
        this.transfer = new TransferDialogs(owner);
    }

    /** What the unsaved-changes dialog says happens to the edits: "Don't save" keeps a copy, it does not lose them. */
    static final String SAVE_CHANGES_TEXT = "Don't save keeps a copy of your edits in History, as \u201CDiscarded"
            + " edits\u201D (for a never-saved character: in Edit > Recover discarded new characters\u2026)."
            + " Cancel goes back to editing.";

    @Override
    public LeaveChoice askSaveChanges(String characterName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, SAVE_CHANGES_TEXT, save, discard, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + quoted(characterName) + "?");
        prepare(alert, "saveChangesDialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? LeaveChoice.SAVE : answer == discard ? LeaveChoice.DISCARD : LeaveChoice.CANCEL;
    }

    @Override
    public Optional<OpenRequest> askOpen(List<String> names) {
        return open.askOpen(names);
    }

    @Override
    public Optional<String> askWhichCharacter(String typed, List<Found> found) {
        return open.askWhichCharacter(typed, found);
    }

    @Override
    public Optional<String> askRecoverDiscarded(List<Found> found) {
        return open.askRecoverDiscarded(found);
    }

    @Override
    public Optional<Boolean> askClone(String characterName) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle("Clone");
        dialog.setHeaderText("Clone " + quoted(characterName) + "?");
        CheckBox knowledgeBank = new CheckBox("Also copy the knowledge bank");
        knowledgeBank.setId("cloneKnowledgeBank");
        ButtonType clone = new ButtonType("Clone", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(clone, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(box(hint("The copy gets every field and a new ID. Memory is not copied."),
                knowledgeBank));
        dialog.setResultConverter(b -> b == clone ? knowledgeBank.isSelected() : null);
        prepare(dialog, "cloneDialog");
        return dialog.showAndWait();
    }

    @Override
    public boolean confirmDelete(String characterName, String characterId) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle("Delete");
        dialog.setHeaderText("Delete " + quoted(characterName) + "?");
        Label warning = new Label("The character (" + characterId + ") is deleted on the server. A copy stays in"
                + " the Trash (File > Trash\u2026), where it can be restored as a new character with a new ID; the"
                + " server's knowledge bank and memory of this character cannot come back. Type its name to confirm.");
        warning.setId("deleteConfirmMessage");
        warning.setWrapText(true);
        warning.setMaxWidth(440);
        TextField typed = new TextField();
        typed.setId("deleteConfirmText");
        typed.setPromptText(characterName);
        typed.setAccessibleText("Type the character's name to confirm");
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(delete, ButtonType.CANCEL);
        Node deleteButton = dialog.getDialogPane().lookupButton(delete);
        deleteButton.setId("deleteConfirmButton");
        deleteButton.getStyleClass().add("danger");
        deleteButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !typed.getText().equals(characterName), typed.textProperty()));
        dialog.getDialogPane().setContent(box(warning, typed));
        dialog.setResultConverter(b -> b == delete && typed.getText().equals(characterName));
        prepare(dialog, "deleteDialog");
        Platform.runLater(typed::requestFocus);
        return dialog.showAndWait().orElse(false);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        prepare(alert, "errorDialog");
        alert.showAndWait();
    }

    @Override
    public DraftChoice askRestoreDraft(Draft draft) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        CharacterFields base = draft.base().orElse(new CharacterFields("", "", "", List.of(), List.of()));
        List<String> changed = base.changesTo(draft.fields()).changedFields();
        String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").format(draft.updatedAt().atZone(ZoneId.systemDefault()));
        String text = "Unsaved since " + when + ". " + (draft.characterId().isEmpty()
                ? "This character was never created on the server; the draft has a backstory of "
                + WordCount.of(draft.fields().backstory()) + " words."
                : "It differs from the server copy in: " + String.join(", ", changed) + ". Backstory: "
                + WordCount.of(base.backstory()) + " words on the server, " + WordCount.of(draft.fields().backstory())
                + " in the draft.");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, restore, discard, later);
        alert.setTitle("Unsaved draft");
        alert.setHeaderText("Restore the unsaved draft of " + quoted(draft.title()) + "?");
        prepare(alert, "restoreDraftDialog");
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? DraftChoice.RESTORE : answer == discard ? DraftChoice.DISCARD : DraftChoice.LATER;
    }

    @Override
    public Optional<io.characterstudio.ui.conflict.ConflictViewModel.Outcome> resolveConflict(
            io.characterstudio.ui.conflict.ConflictViewModel conflict) {
        Dialog<io.characterstudio.ui.conflict.ConflictViewModel.Outcome> dialog =
                io.characterstudio.ui.conflict.ConflictDialog.create(conflict);
        prepare(dialog, "conflictDialog");
        return dialog.showAndWait();
    }

    @Override
    public void showHistory(io.characterstudio.ui.history.HistoryViewModel history) {
        Dialog<Void> dialog = io.characterstudio.ui.history.HistoryDialog.create(history);
        prepare(dialog, "historyDialog");
        dialog.showAndWait();
    }

    @Override
    public void showTrash(io.characterstudio.ui.trash.TrashViewModel trash) {
        Dialog<Void> dialog = io.characterstudio.ui.trash.TrashDialog.create(trash);
        prepare(dialog, "trashDialog");
        dialog.showAndWait();
    }

    @Override
    public boolean confirmBulkDelete(BulkPlan plan) {
        return bulk.confirmBulkDelete(plan);
    }

    @Override
    public boolean confirmPlan(BulkPlan plan) {
        return bulk.confirmPlan(plan);
    }

    @Override
    public Optional<BulkCloneRequest> askBulkClone(int count) {
        Dialog<BulkCloneRequest> dialog = new Dialog<>();
        dialog.setTitle("Clone " + count + " characters");
        dialog.setHeaderText("Clone each of the " + count + " selected characters.");
        javafx.scene.control.Spinner<Integer> copies = new javafx.scene.control.Spinner<>(1, 50, 1);
        copies.setId("bulkCloneCopies");
        copies.setEditable(true);
        copies.setAccessibleText("Copies of each");
        CheckBox knowledgeBank = new CheckBox("Also copy the knowledge bank");
        knowledgeBank.setId("bulkCloneKnowledgeBank");
        TextField pattern = new TextField("{name} v{n}");
        pattern.setId("bulkClonePattern");
        pattern.setAccessibleText("Name pattern");
        ButtonType clone = new ButtonType("Clone", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(clone, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(box(new HBox(8, new Label("Copies of each"), copies), knowledgeBank,
                new Label("Name of each copy ({name} and {n}; empty keeps the name)"), pattern,
                hint("A clone is never retried automatically: a retry would make a duplicate.")));
        dialog.setResultConverter(b -> b == clone ? new BulkCloneRequest(copies.getValue(), knowledgeBank.isSelected(),
                pattern.getText().strip()) : null);
        prepare(dialog, "bulkCloneDialog");
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askTag(boolean add, int count) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.setTitle(add ? "Add a tag" : "Remove a tag");
        dialog.setHeaderText((add ? "Tag " : "Untag ") + count + " character" + (count == 1 ? "" : "s") + ".");
        dialog.setContentText("Tag:");
        dialog.getEditor().setId("tagText");
        prepare(dialog, "tagDialog");
        return dialog.showAndWait();
    }

    @Override
    public BulkReport.Choice showReport(BulkReport report) {
        return bulk.showReport(report);
    }

    @Override
    public int showFindReplace(io.characterstudio.ui.replace.FindReplaceViewModel findReplace) {
        Dialog<Integer> dialog = io.characterstudio.ui.replace.FindReplaceDialog.create(findReplace);
        prepare(dialog, "findReplaceDialog");
        return dialog.showAndWait().orElse(0);
    }

    @Override
    public Optional<ExportRequest> askExport(int count) {
        return transfer.askExport(count);
    }

    @Override
    public List<java.nio.file.Path> askImportFiles() {
        return transfer.askImportFiles();
    }

    @Override
    public Optional<List<io.characterstudio.service.TransferService.ImportItem>> confirmImport(
            List<io.characterstudio.service.TransferService.ImportItem> plan) {
        return transfer.confirmImport(plan);
    }

    @Override
    public void showNotice(String title, String message) {
        backups.showNotice(title, message);
    }

    @Override
    public boolean askAction(String title, String message, String action, String other) {
        return backups.askAction(title, message, action, other);
    }

    @Override
    public Optional<io.characterstudio.model.BackupInfo> askBackup(List<io.characterstudio.model.BackupInfo> list) {
        return backups.askBackup(list);
    }

    @Override
    public boolean confirm(String title, String question) {
        ButtonType yes = new ButtonType("Yes", ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType("No", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        prepare(alert, "confirmDialog");
        return alert.showAndWait().orElse(no) == yes;
    }

    @Override
    public Optional<ConnectionInfo> editConnection(ConnectionEditorViewModel editor) {
        Dialog<ConnectionInfo> dialog = ConnectionDialog.create(editor);
        prepare(dialog, "connectionDialog");
        return dialog.showAndWait();
    }

    @Override
    public Optional<ConnectionInfo> askCopyTarget(String characterName, List<ConnectionInfo> targets) {
        if (targets.isEmpty()) {
            showError("Copy to another connection", "There is no other connection yet. Add one first"
                    + " (Connection > Add connection…).");
            return Optional.empty();
        }
        ChoiceDialog<ConnectionInfo> dialog = new ChoiceDialog<>(targets.get(0), targets);
        dialog.setTitle("Copy to…");
        dialog.setHeaderText("Copy " + quoted(characterName) + " to another connection?");
        dialog.setContentText("Connection:");
        prepare(dialog, "copyDialog");
        return dialog.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String id) {
        prepare(owner.get(), dialog, id);
    }

    /**
     * Gives the dialog its owner window (if any) and the owner's text size (before the dialog is
     * placed and sized: {@link DialogSizing#followOwner}), its ID, lets Escape close it, and fills its
     * window from the theme.
     */
    static void prepare(Window window, Dialog<?> dialog, String id) {
        if (window != null) {
            dialog.initOwner(window);
            DialogSizing.followOwner(window, dialog.getDialogPane());
        }
        dialog.getDialogPane().setId(id);
        closeOnEscape(dialog);
        DialogFrame.fillFromTheme(dialog);
    }

    /**
     * Escape closes the dialog as its window's close button would (its cancel choice, or nothing
     * chosen when it has a single button), also when a focused control would keep Escape for itself;
     * and Return on a tick box or radio button presses the default button ({@link DialogKeys}).
     */
    public static void closeOnEscape(Dialog<?> dialog) {
        DialogKeys.returnPressesDefault(dialog.getDialogPane());
        // A filter, so that a focused list (which takes Escape for itself) cannot keep the dialog open;
        // an open drop-down still closes first.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean dropDownOpen = (e.getTarget() instanceof javafx.scene.control.ComboBoxBase<?> c && c.isShowing())
                    || (e.getTarget() instanceof javafx.scene.control.ChoiceBox<?> c2 && c2.isShowing());
            if (e.getCode() == KeyCode.ESCAPE && !dropDownOpen) {
                dialog.close();
                e.consume();
            }
        });
    }

    private static VBox box(Node... nodes) {
        VBox box = new VBox(10, nodes);
        box.setPadding(new Insets(8, 12, 0, 12));
        return box;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMaxWidth(440);
        return label;
    }

    private static String quoted(String name) {
        return name == null || name.isBlank() ? "this character" : "\u201C" + name + "\u201D";
    }
}
