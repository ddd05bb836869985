package io.characterstudio.ui.trash;

import io.characterstudio.model.DisplayTime;
import io.characterstudio.model.TrashEntry;
import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.Em;
import io.characterstudio.ui.common.FirstRowOnFocus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The trash dialog (resizable): a search field over the deleted characters of the active
 * connection, a list where many can be selected, counts ("12 of 340 shown, 3 selected"), and
 * Restore selected, Forget selected (each after a dry run) and Empty trash. The buttons keep their
 * whole labels (they wrap to a second row in a narrow dialog); restored entries start with
 * "Restored as …" in bold and cannot be restored again (Restore selected… is disabled while only
 * restored entries are selected); long lines wrap (no horizontal scroll bar). The result of a
 * command has a place of its own under the buttons, kept while empty, so nothing moves when it
 * appears. When a command leaves its button disabled the focus goes back to the list.
 */
public final class TrashDialog {

    private static final DateTimeFormatter WHEN = DisplayTime.MINUTES;

    private TrashDialog() {}

    private static String shortId(String id) {
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }

    public static Dialog<Void> create(TrashViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Trash");
        dialog.setHeaderText(
                "Deleted characters of " + vm.connectionName() + ". Restoring re-creates a character with a new ID.");
        TextField search = new TextField();
        search.setId("trashSearch");
        search.setPromptText("Search by name or ID");
        search.setAccessibleText("Search the trash");
        search.textProperty().bindBidirectional(vm.queryProperty());
        ListView<TrashEntry> list = new ListView<>(vm.shown());
        FirstRowOnFocus.install(list);
        list.setId("trashList");
        list.setAccessibleText("Deleted characters");
        Em.prefSize(list, 560, 320); // in em: it grows with the text size
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label("Nothing in the trash matches."));
        list.setCellFactory(l -> new ListCell<>() {
            {
                // Long lines wrap inside the list's width: no horizontal scroll bar to hide the last row.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(TrashEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(
                        empty || e == null
                                ? null
                                : e.restoredAs()
                                                .map(id -> "Restored as " + shortId(id) + " · ")
                                                .orElse("") + e.fields().name() + " · deleted "
                                        + WHEN.format(e.deletedAt().atZone(ZoneId.systemDefault())) + " · was "
                                        + shortId(e.characterId()));
                getStyleClass().remove("trash-restored");
                if (!empty && e != null && e.restoredAs().isPresent()) {
                    getStyleClass().add("trash-restored");
                }
            }
        });
        Label counts = new Label(vm.countLine());
        counts.setId("trashCounts");
        Runnable recount = () -> counts.setText(vm.countLine());
        ListChangeListener<TrashEntry> toVm = c -> {
            vm.select(List.copyOf(list.getSelectionModel().getSelectedItems()));
            recount.run();
        };
        ListChangeListener<TrashEntry> onShown = c -> recount.run();
        list.getSelectionModel().getSelectedItems().addListener(toVm);
        vm.shown().addListener(onShown);
        // A closed trash lets go of the view-model: its list, still holding the last selection, must
        // not put that selection back into the next visit when the entries are read again.
        dialog.setOnHidden(e -> {
            list.getSelectionModel().getSelectedItems().removeListener(toVm);
            vm.shown().removeListener(onShown);
            list.setItems(null);
        });
        Button all = new Button("Select all shown");
        all.setId("trashSelectAll");
        all.setOnAction(e -> list.getSelectionModel().selectAll());
        Button restore = new Button("Restore selected…");
        restore.setId("trashRestore");
        restore.disableProperty().bind(vm.restorableSelectedProperty().not());
        restore.setOnAction(e -> vm.restoreSelected());
        Button purge = new Button("Forget selected…");
        purge.setId("trashPurge");
        purge.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        purge.setOnAction(e -> vm.purgeSelected());
        Button empty = new Button("Empty trash…");
        empty.setId("trashEmpty");
        empty.setOnAction(e -> vm.empty());
        Label message = new Label();
        message.setId("trashMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        // The message's place is kept while it is empty (theme.css: three lines), so the list and the
        // buttons do not move when a result appears.
        message.getStyleClass().add("trash-message");
        message.textProperty().bind(vm.messageProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        FlowPane buttons = new FlowPane(8, 8, all, restore, purge, empty);
        buttons.setPrefWrapLength(560);
        for (Button b : List.of(all, restore, purge, empty)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            // A command that leaves its button disabled (nothing selected any more) gives the focus to the list.
            b.disabledProperty().addListener((obs, was, now) -> {
                if (now && b.getScene() != null && b.getScene().getFocusOwner() == b) {
                    list.requestFocus();
                }
            });
        }
        VBox content = new VBox(8, search, list, counts, buttons, message);
        content.getStyleClass().add(DialogFrame.CONTENT);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        return dialog;
    }
}
