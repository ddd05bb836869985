package io.characterstudio.ui.trash;

import io.characterstudio.model.TrashEntry;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The trash dialog: deleted characters of the active connection, Restore and Empty trash. */
public final class TrashDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private TrashDialog() {
    }

    private static String shortId(String id) {
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }

    public static Dialog<Void> create(TrashViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Trash");
        dialog.setHeaderText("Deleted characters of " + vm.connectionName()
                + ". Restoring re-creates a character with a new ID.");
        ListView<TrashEntry> list = new ListView<>(vm.entries());
        list.setId("trashList");
        list.setAccessibleText("Deleted characters");
        list.setPrefSize(560, 260);
        list.setPlaceholder(new Label("The trash is empty."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TrashEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.fields().name() + " · deleted "
                        + WHEN.format(e.deletedAt().atZone(ZoneId.systemDefault())) + " · was " + shortId(e.characterId())
                        + e.restoredAs().map(id -> " · restored as " + shortId(id)).orElse(""));
            }
        });
        Button restore = new Button("Restore");
        restore.setId("trashRestore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(list.getSelectionModel().getSelectedItem()));
        Button empty = new Button("Empty trash…");
        empty.setId("trashEmpty");
        empty.setOnAction(e -> vm.empty());
        Label message = new Label();
        message.setId("trashMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        VBox content = new VBox(8, list, new HBox(8, restore, empty), message);
        content.setPadding(new Insets(8, 12, 0, 12));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }
}
