package io.characterstudio.ui.history;

import io.characterstudio.model.Revision;
import io.characterstudio.model.ValidationProblem.Field;
import io.characterstudio.model.WordCount;
import io.characterstudio.model.WordDiff;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;

/** The history dialog: revisions on the left, the diff against the chosen side on the right. */
public final class HistoryDialog {

    private HistoryDialog() {
    }

    public static Dialog<Void> create(HistoryViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("History");
        dialog.setHeaderText("Every save is kept. Compare a revision, and put it (or one field) back into the editor.");
        ListView<Revision> list = new ListView<>(vm.revisions());
        list.setId("historyList");
        list.setAccessibleText("Revisions");
        list.setPrefWidth(250);
        list.setPlaceholder(new Label("No revisions yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : HistoryViewModel.label(r) + "\n" + WordCount.of(r.fields().backstory()) + " words");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, was, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(vm.selectedProperty().get());

        ChoiceBox<HistoryViewModel.Against> against = new ChoiceBox<>();
        against.setId("historyAgainst");
        against.getItems().setAll(HistoryViewModel.Against.values());
        against.valueProperty().bindBidirectional(vm.againstProperty());
        // Side by side: the revision (words that went away struck through) and the other side
        // (words that came in underlined).
        TextFlow before = new TextFlow();
        before.setId("historyDiffRevision");
        TextFlow after = new TextFlow();
        after.setId("historyDiffOther");
        Runnable paint = () -> {
            before.getChildren().setAll(segments(vm.backstoryDiffProperty().get(), WordDiff.Kind.ADDED));
            after.getChildren().setAll(segments(vm.backstoryDiffProperty().get(), WordDiff.Kind.REMOVED));
        };
        vm.backstoryDiffProperty().addListener((obs, was, now) -> paint.run());
        paint.run();
        Label revisionTitle = new Label("This revision");
        revisionTitle.getStyleClass().add("caption");
        Label otherTitle = new Label();
        otherTitle.getStyleClass().add("caption");
        otherTitle.textProperty().bind(vm.againstProperty().asString());
        VBox left = new VBox(4, revisionTitle, before);
        VBox rightSide = new VBox(4, otherTitle, after);
        left.setPrefWidth(300);
        rightSide.setPrefWidth(300);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(rightSide, Priority.ALWAYS);
        HBox sideBySide = new HBox(16, left, rightSide);
        sideBySide.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(sideBySide);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 260);
        Label changes = new Label();
        changes.setId("historyChanges");
        changes.setWrapText(true);
        changes.textProperty().bind(vm.fieldChangesProperty());

        Button restoreAll = new Button("Put this revision in the editor");
        restoreAll.setId("historyRestoreAll");
        restoreAll.setOnAction(e -> vm.restoreAll());
        ChoiceBox<Field> field = new ChoiceBox<>();
        field.setId("historyField");
        field.getItems().setAll(Field.values());
        field.setValue(Field.BACKSTORY);
        field.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Field f) {
                return f == null ? "" : f.name().charAt(0) + f.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public Field fromString(String s) {
                return null;
            }
        });
        Button restoreField = new Button("Put this field in the editor");
        restoreField.setId("historyRestoreField");
        restoreField.setOnAction(e -> vm.restoreField(field.getValue()));
        Button prune = new Button("Prune older…");
        prune.setId("historyPrune");
        prune.setOnAction(e -> vm.pruneOlder());
        for (Button b : new Button[] {restoreAll, restoreField, prune}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }

        VBox right = new VBox(8, new HBox(8, new Label("Compared with"), against), scroll, changes,
                new HBox(8, restoreAll), new HBox(8, field, restoreField, prune));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(12, list, right);
        content.setPadding(new Insets(8, 12, 0, 12));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setMinWidth(960);
        dialog.setResizable(true);
        return dialog;
    }

    private static List<Text> segments(List<WordDiff.Segment> diff, WordDiff.Kind leaveOut) {
        return diff.stream().filter(s -> s.kind() != leaveOut).map(s -> {
            Text t = new Text(s.text());
            t.getStyleClass().add("diff-" + s.kind().name().toLowerCase(java.util.Locale.ROOT));
            return t;
        }).toList();
    }
}
