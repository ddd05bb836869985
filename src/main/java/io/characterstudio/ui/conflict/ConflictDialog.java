package io.characterstudio.ui.conflict;

import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.DialogKeys;
import io.characterstudio.ui.common.Em;
import io.characterstudio.ui.conflict.ConflictViewModel.Outcome;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Both sides of a conflict side by side, with a per-field choice for the merge. */
public final class ConflictDialog {

    private ConflictDialog() {}

    public static Dialog<Outcome> create(ConflictViewModel vm) {
        Dialog<Outcome> dialog = new Dialog<>();
        dialog.setTitle("Changed elsewhere");
        dialog.setHeaderText(vm.title() + " Nothing has been overwritten. Choose what to keep.");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, bold("Field"), bold("Yours"), bold("On the server now"), bold("A merge takes"));
        int row = 1;
        for (ConflictViewModel.Row r : vm.differing()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton mine = new RadioButton("Yours");
            RadioButton theirs = new RadioButton("Server's");
            mine.setId("merge-" + r.field() + "-mine");
            theirs.setId("merge-" + r.field() + "-theirs");
            mine.setToggleGroup(group);
            theirs.setToggleGroup(group);
            mine.setSelected(r.takeMine().get());
            theirs.setSelected(!r.takeMine().get());
            mine.selectedProperty().addListener((obs, was, now) -> r.takeMine().set(now));
            grid.addRow(row++, new Label(r.field()), text(r.mine()), text(r.theirs()), new VBox(4, mine, theirs));
        }
        ColumnConstraints field = new ColumnConstraints(90);
        ColumnConstraints side = new ColumnConstraints(200, 260, Double.MAX_VALUE);
        side.setHgrow(Priority.ALWAYS);
        ColumnConstraints choice = new ColumnConstraints(120);
        grid.getColumnConstraints().setAll(field, side, side, choice);
        VBox content = new VBox(8, grid);
        content.getStyleClass().add(DialogFrame.CONTENT);
        Em.prefSize(content, 760, Double.NaN); // in em: it grows with the text size
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("conflict-room"); // 820 px wide at least at 100 %, in em
        dialog.setResizable(true);
        dialog.getDialogPane().setId("conflictDialog");
        DialogKeys.returnPressesDefault(dialog.getDialogPane());
        ButtonType keepMine = new ButtonType("Keep mine", ButtonBar.ButtonData.LEFT);
        ButtonType takeTheirs = new ButtonType("Take theirs", ButtonBar.ButtonData.LEFT);
        ButtonType merge = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(keepMine, takeTheirs, merge, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == keepMine
                ? Outcome.KEEP_MINE
                : b == takeTheirs ? Outcome.TAKE_THEIRS : b == merge ? Outcome.MERGE : null);
        return dialog;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static TextArea text(String value) {
        TextArea area = new TextArea(value);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(6, Math.max(1, value.length() / 40 + 1)));
        area.setPrefColumnCount(24);
        GridPane.setHgrow(area, Priority.ALWAYS);
        return area;
    }
}
