package io.characterstudio.ui.history;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.Revision;
import io.characterstudio.model.WordCount;
import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.Em;
import io.characterstudio.ui.common.FirstRowOnFocus;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.util.Subscription;

/**
 * The history dialog: revisions on the left; on the right the diff of the chosen comparison, older
 * side left and newer side right, opened at the first change, with F7 / Shift+F7 (or Alt+Down /
 * Alt+Up) for the next and previous change. It follows the view-model only while it shows.
 */
public final class HistoryDialog {

    private static final List<KeyCombination> NEXT_CHANGE =
            List.of(new KeyCodeCombination(KeyCode.F7), new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN));
    private static final List<KeyCombination> PREVIOUS_CHANGE = List.of(
            new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN));

    private HistoryDialog() {}

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public static Dialog<Void> create(HistoryViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("History");
        dialog.setHeaderText("Every save is kept. Compare a revision, and put it (or one field) back into the editor.");
        ListView<Revision> list = new ListView<>(vm.revisions());
        FirstRowOnFocus.install(list);
        list.setId("historyList");
        list.setAccessibleText("Revisions");
        Em.prefSize(
                list, 350, Double.NaN); // "Discarded by Don't save · 29 Nov 2026, 09:39:05" whole, at every text size
        list.setPlaceholder(new Label("No revisions yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(
                        empty || r == null
                                ? null
                                : HistoryViewModel.label(r, vm.revisions()) + "\n"
                                        + WordCount.of(r.fields().backstory()) + " words");
            }
        });
        Subscription fromList = list.getSelectionModel().selectedItemProperty().subscribe(now -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });

        ChoiceBox<HistoryViewModel.Against> against = new ChoiceBox<>();
        against.setId("historyAgainst");
        against.getItems().setAll(HistoryViewModel.Against.values());
        against.valueProperty().bindBidirectional(vm.againstProperty());
        DiffPanes diff = new DiffPanes(vm.comparison());
        Label changes = new Label();
        changes.setId("historyChanges");
        changes.setWrapText(true);
        changes.textProperty().bind(vm.fieldChangesProperty());
        changes.setMinHeight(Region.USE_PREF_SIZE);

        Button restoreAll = new Button("Put this revision in the editor");
        restoreAll.setId("historyRestoreAll");
        restoreAll.setOnAction(e -> vm.restoreAll());
        ChoiceBox<CharacterField> field = new ChoiceBox<>();
        field.setId("historyField");
        field.getItems().setAll(CharacterField.values());
        field.setValue(CharacterField.BACKSTORY);
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(CharacterField f) {
                return f == null ? "" : f.label();
            }

            @Override
            public CharacterField fromString(String s) {
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

        HBox compare = new HBox(8, fixed(new Label("Compared with")), against, diff.previous, diff.next, diff.position);
        compare.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(
                8, compare, diff.view(), changes, new HBox(8, restoreAll), new HBox(8, field, restoreField, prune));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(12, list, right);
        content.getStyleClass().add(DialogFrame.CONTENT);
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(content);
        pane.getButtonTypes().add(ButtonType.CLOSE);
        pane.setPrefSize(1100, 720);
        pane.setMinSize(760, 480);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEXT_CHANGE.stream().anyMatch(k -> k.match(e))) {
                vm.comparison().nextChange();
                e.consume();
            } else if (PREVIOUS_CHANGE.stream().anyMatch(k -> k.match(e))) {
                vm.comparison().previousChange();
                e.consume();
            }
        });
        dialog.setResizable(true);
        // The dialog's own sizing settles on the content's narrow preferred width: once shown, give it
        // the room a side-by-side diff wants (1100 x 720 at 100 %, in proportion to the text size, within
        // the screen).
        dialog.setOnShown(e -> Platform.runLater(() -> {
            Window window = pane.getScene().getWindow();
            double scale = changes.getFont().getSize() / Em.BASE_PX;
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double width = Double.isNaN(window.getWidth()) ? 0 : window.getWidth();
            double height = Double.isNaN(window.getHeight()) ? 0 : window.getHeight();
            double w = Math.min(screen.getWidth() * 0.95, Math.max(width, 1100 * scale));
            double h = Math.min(screen.getHeight() * 0.95, Math.max(height, 720 * scale));
            window.setWidth(w);
            window.setHeight(h);
            window.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
            window.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        }));
        // Listen to the long-lived view-model only while the dialog shows.
        Subscription[] following = {Subscription.EMPTY};
        dialog.setOnShowing(e -> {
            vm.comparison().show();
            list.getSelectionModel().select(vm.selectedProperty().get());
            following[0] = fromList.and(vm.selectedProperty()
                            .subscribe(now -> list.getSelectionModel().select(now)))
                    .and(diff.follow());
        });
        dialog.setOnHidden(e -> {
            following[0].unsubscribe();
            vm.comparison().hide();
            against.valueProperty().unbindBidirectional(vm.againstProperty());
            changes.textProperty().unbind();
            diff.unbind();
            list.setItems(null);
        });
        return dialog;
    }
}
