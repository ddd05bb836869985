package io.characterstudio.ui.replace;

import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.Em;
import io.characterstudio.ui.replace.FindReplaceViewModel.CharacterHits;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The find-and-replace dialog: what to find, the preview per character with a tick each, Apply as drafts. */
public final class FindReplaceDialog {

    private FindReplaceDialog() {}

    public static Dialog<Integer> create(FindReplaceViewModel vm) {
        TextField find = new TextField();
        find.setId("replaceFind");
        find.setAccessibleText("Find");
        find.textProperty().bindBidirectional(vm.findProperty());
        TextField replace = new TextField();
        replace.setId("replaceWith");
        replace.setAccessibleText("Replace with");
        replace.textProperty().bindBidirectional(vm.replaceProperty());
        CheckBox matchCase = new CheckBox("Match case");
        matchCase.selectedProperty().bindBidirectional(vm.matchCaseProperty());
        CheckBox whole = new CheckBox("Whole words");
        whole.selectedProperty().bindBidirectional(vm.wholeWordsProperty());
        CheckBox selection = new CheckBox("Only the selected characters (else every character the library shows)");
        selection.setId("replaceSelectionOnly");
        selection.selectedProperty().bindBidirectional(vm.selectionOnlyProperty());
        Button preview = new Button("Preview");
        preview.setId("replacePreview");
        preview.setDefaultButton(true);
        preview.setOnAction(e -> vm.preview());
        preview.disableProperty().bind(vm.findProperty().isEmpty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Find"), find);
        form.addRow(1, new Label("Replace with"), replace);
        GridPane.setHgrow(find, Priority.ALWAYS);

        ListView<CharacterHits> list = new ListView<>(vm.hits());
        list.setId("replaceHits");
        Em.prefSize(list, 680, 320); // in em: it grows with the text size
        list.setCellFactory(l -> new HitCell());
        Label summary = new Label();
        summary.setId("replaceSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(
                10,
                form,
                new HBox(16, matchCase, whole),
                selection,
                preview,
                summary,
                list,
                new Label("Ticked characters get a draft with the change; nothing is sent until you save."));
        content.getStyleClass().add(DialogFrame.CONTENT);

        Dialog<Integer> dialog = new Dialog<>();
        dialog.setTitle("Find and replace across characters");
        dialog.setHeaderText("Find and replace in backstories and actions");
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType("Apply as drafts", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(apply).setId("replaceApply");
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(Bindings.isEmpty(vm.hits()));
        dialog.setResultConverter(b -> b == apply ? vm.apply() : 0);
        dialog.setResizable(true);
        Platform.runLater(find::requestFocus);
        return dialog;
    }

    private static final class HitCell extends ListCell<CharacterHits> {
        @Override
        protected void updateItem(CharacterHits item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            CheckBox tick = new CheckBox(item.name() + " (" + item.previews().size() + " hit"
                    + (item.previews().size() == 1 ? "" : "s") + ")");
            tick.getStyleClass().add("library-name");
            tick.selectedProperty().bindBidirectional(item.chosenProperty());
            VBox box = new VBox(2, tick);
            item.previews().stream().limit(5).forEach(p -> {
                Label l = new Label(p);
                l.getStyleClass().add("detail");
                box.getChildren().add(l);
            });
            if (item.previews().size() > 5) {
                box.getChildren().add(new Label("and " + (item.previews().size() - 5) + " more"));
            }
            setGraphic(box);
            setPrefWidth(0);
        }
    }
}
