package io.characterstudio.ui.transfer;

import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.ImportItem;
import io.characterstudio.ui.bulk.ListingPane;
import io.characterstudio.ui.common.DialogFrame;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import preview bound to an {@link ImportPreview}: the totals per action at the top, one
 * row per item with its action, several rows selectable at once and "Set the selected to…".
 */
final class ImportPreviewDialog {

    private static final StringConverter<Action> WORDS = new StringConverter<>() {
        @Override
        public String toString(Action a) {
            return ImportPreview.word(a);
        }

        @Override
        public Action fromString(String text) {
            throw new UnsupportedOperationException("not editable");
        }
    };

    private ImportPreviewDialog() {}

    /** The dialog; its result is true when the user imports ({@code preview} then holds the choices). */
    static Dialog<Boolean> create(ImportPreview preview) {
        Label totals = new Label(preview.totals());
        totals.setId("importTotals");
        totals.getStyleClass().add("library-name");
        ListView<Integer> list = new ListView<>();
        list.setId("importPlan");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (int i = 0; i < preview.size(); i++) {
            list.getItems().add(i);
        }
        list.setPrefHeight(Math.min(520, 40 + 46.0 * preview.size()));
        VBox.setVgrow(list, Priority.ALWAYS);
        Runnable changed = () -> totals.setText(preview.totals());
        list.setCellFactory(l -> new ItemCell(preview, changed));
        list.widthProperty().addListener((obs, was, now) -> list.refresh()); // the rows wrap to the new width
        ChoiceBox<Action> bulkAction = new ChoiceBox<>();
        bulkAction.setId("importSetAction");
        bulkAction.getItems().setAll(ImportPreview.settable());
        bulkAction.setConverter(WORDS);
        bulkAction.setValue(Action.SKIP);
        bulkAction.setAccessibleText("Action for the selected items");
        Button apply = new Button("Set the selected");
        apply.setId("importSetSelected");
        apply.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedIndices()));
        Label applied = new Label();
        applied.setId("importSetResult");
        apply.setOnAction(e -> {
            List<Integer> selected = List.copyOf(list.getSelectionModel().getSelectedIndices());
            int n = preview.setAction(selected, bulkAction.getValue());
            applied.setText(n + " of " + selected.size() + " set to " + ImportPreview.word(bulkAction.getValue())
                    + (n < selected.size() ? " (the others cannot take it)" : ""));
            changed.run();
            list.refresh();
        });
        // A flow: on a narrow window the controls go to a second line instead of cutting their words.
        FlowPane bulk =
                new FlowPane(8, 6, new Label("Set the action of the selected items:"), bulkAction, apply, applied);
        bulk.setAlignment(Pos.CENTER_LEFT);
        bulk.setPrefWrapLength(400);
        long refused = preview.chosen().stream()
                .filter(i -> i.action() == Action.INVALID)
                .count();
        Label summary = new Label(preview.size() + " item" + (preview.size() == 1 ? "" : "s") + " read, " + refused
                + " refused. Choose what to do with each (Shift or Ctrl click selects several); nothing is sent"
                + " until you import.");
        summary.setWrapText(true);
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle("Import characters");
        dialog.setHeaderText("Import preview");
        VBox box = new VBox(10, totals, summary, bulk, list);
        box.getStyleClass().add(DialogFrame.CONTENT);
        dialog.getDialogPane().setContent(box);
        ButtonType run = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(run).setId("importRun");
        dialog.setResultConverter(b -> b == run);
        ListingPane.fit(dialog);
        return dialog;
    }

    /** One item: its key and name, the reason, and a choice of its action (or "refused"). */
    private static final class ItemCell extends ListCell<Integer> {

        /** Room kept for the list's vertical scroll bar. */
        private static final double SCROLL_BAR = 18;

        private final ImportPreview preview;
        private final Runnable changed;

        ItemCell(ImportPreview preview, Runnable changed) {
            this.preview = preview;
            this.changed = changed;
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            ImportItem item = preview.item(index);
            // Wrapped, never cut: a keyboard user has no tooltip to read the rest in.
            Label title = new Label(preview.heading(index));
            title.getStyleClass().add("library-name");
            title.setWrapText(true);
            Label reason = new Label(
                    item.reason() + (item.notes().isEmpty() ? "" : " (" + String.join("; ", item.notes()) + ")"));
            reason.getStyleClass().add("detail");
            reason.setWrapText(true);
            VBox text = new VBox(2, title, reason);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Region action;
            if (item.action() == Action.INVALID) {
                Label refused = new Label("refused");
                refused.getStyleClass().addAll("tag", "tag-deleted");
                action = refused;
            } else {
                ChoiceBox<Action> choice = new ChoiceBox<>();
                choice.getItems().setAll(preview.choicesFor(index));
                choice.setConverter(WORDS);
                choice.setValue(item.action());
                choice.setAccessibleText("What to do with " + item.key());
                choice.valueProperty().addListener((obs, was, now) -> {
                    preview.setAction(index, now);
                    changed.run();
                });
                action = choice;
            }
            action.setMinWidth(Region.USE_PREF_SIZE); // the chosen action is never cut
            HBox row = new HBox(10, text, action);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setPrefWidth(0);
            wrapToList(action, title, reason);
        }

        /**
         * Gives the wrapped labels the list's width less the action's and the height of their wrapped
         * lines (a list cell asks its graphic for one line's height otherwise, and the label is cut).
         */
        private void wrapToList(Region action, Label... labels) {
            // The whole cell's CSS first: measured before the row's bold font is applied, a title
            // wrapped onto one line more than its height allowed and was cut ("—  ...").
            applyCss();
            // The room the row really gives the text: the list less its insets and scroll bar, the
            // cell's insets, the action and the gap. Each label is held to it (never wider), so
            // the lines it wraps into are the lines measured.
            double room = Math.max(
                    160,
                    getListView().getWidth()
                            - getListView().snappedLeftInset()
                            - getListView().snappedRightInset()
                            - SCROLL_BAR
                            - snappedLeftInset()
                            - snappedRightInset()
                            - action.prefWidth(-1)
                            - 10
                            - 4);
            for (Label label : labels) {
                label.setPrefWidth(room);
                label.setMaxWidth(room);
                label.setMinHeight(label.prefHeight(room));
            }
        }
    }
}
