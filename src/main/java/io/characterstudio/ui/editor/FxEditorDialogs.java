package io.characterstudio.ui.editor;

import static io.characterstudio.ui.common.FxDialogService.box;
import static io.characterstudio.ui.common.FxDialogService.hint;
import static io.characterstudio.ui.common.FxDialogService.quoted;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.DisplayTime;
import io.characterstudio.model.Draft;
import io.characterstudio.model.WordCount;
import io.characterstudio.ui.common.FxDialogService;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The open character's dialogs (save changes, clone, delete, restore a draft) as modal JavaFX dialogs. */
public final class FxEditorDialogs implements EditorDialogs {

    private final Supplier<Window> owner;

    public FxEditorDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** What the unsaved-changes dialog says happens to the edits: "Don't save" keeps a copy, it does not lose them. */
    public static final String SAVE_CHANGES_TEXT =
            "Don't save keeps a copy of your edits in History, as \u201CDiscarded"
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
    public Optional<Boolean> askClone(String characterName) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle("Clone");
        dialog.setHeaderText("Clone " + quoted(characterName) + "?");
        CheckBox knowledgeBank = new CheckBox("Also copy the knowledge bank");
        knowledgeBank.setId("cloneKnowledgeBank");
        ButtonType clone = new ButtonType("Clone", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(clone, ButtonType.CANCEL);
        dialog.getDialogPane()
                .setContent(box(hint("The copy gets every field and a new ID. Memory is not copied."), knowledgeBank));
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
        deleteButton
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !typed.getText().equals(characterName), typed.textProperty()));
        dialog.getDialogPane().setContent(box(warning, typed));
        dialog.setResultConverter(b -> b == delete && typed.getText().equals(characterName));
        prepare(dialog, "deleteDialog");
        Platform.runLater(typed::requestFocus);
        return dialog.showAndWait().orElse(false);
    }

    @Override
    public DraftChoice askRestoreDraft(Draft draft) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        CharacterFields base = draft.base().orElse(new CharacterFields("", "", "", List.of(), List.of()));
        List<String> changed = base.changesTo(draft.fields()).changedFields();
        String when = DisplayTime.minutes(draft.updatedAt());
        String text = "Unsaved since " + when + ". "
                + (draft.characterId().isEmpty()
                        ? "This character was never created on the server; the draft has a backstory of "
                                + WordCount.of(draft.fields().backstory()) + " words."
                        : "It differs from the server copy in: " + String.join(", ", changed) + ". Backstory: "
                                + WordCount.of(base.backstory()) + " words on the server, "
                                + WordCount.of(draft.fields().backstory())
                                + " in the draft.");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, restore, discard, later);
        alert.setTitle("Unsaved draft");
        alert.setHeaderText("Restore the unsaved draft of " + quoted(draft.title()) + "?");
        prepare(alert, "restoreDraftDialog");
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? DraftChoice.RESTORE : answer == discard ? DraftChoice.DISCARD : DraftChoice.LATER;
    }

    private void prepare(Dialog<?> dialog, String id) {
        FxDialogService.prepare(owner.get(), dialog, id);
    }
}
