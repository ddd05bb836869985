package io.characterstudio.ui.editor;

import static io.characterstudio.ui.editor.FormParts.button;
import static io.characterstudio.ui.editor.FormParts.caption;
import static io.characterstudio.ui.editor.FormParts.describe;
import static io.characterstudio.ui.editor.FormParts.detail;
import static io.characterstudio.ui.editor.FormParts.firstOf;
import static io.characterstudio.ui.editor.FormParts.message;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.ui.common.FirstRowOnFocus;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The editor's side column beside the backstory: the actions and the details (ID, voice value, dates). */
final class EditorSide {

    private final EditorViewModel vm;
    private final ListView<String> actionsList;

    EditorSide(EditorViewModel vm) {
        this.vm = vm;
        this.actionsList = new ListView<>(vm.actions().actions());
    }

    ListView<String> actionsList() {
        return actionsList;
    }

    Node create(Runnable copyId) {
        VBox side = new VBox(4, caption("Actions", actionsList), actionsEditor(), details(copyId));
        side.setPadding(new Insets(0, 8, 4, 8));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setId("editorSide");
        // Its widths are in theme.css, in em (240 px at least, 300 px wanted, at 100 %): they grow with the text size.
        return scroll;
    }

    private Node actionsEditor() {
        ActionsViewModel actions = vm.actions();
        ListView<String> list = actionsList;
        list.setId("actions");
        list.setAccessibleText("Actions");
        list.setEditable(true);
        FirstRowOnFocus.install(list);
        list.setPrefHeight(160);
        list.setCellFactory(TextFieldListCell.forListView());
        list.setOnEditCommit(e -> {
            actions.rename(e.getIndex(), e.getNewValue());
            keepFocusOn(e.getIndex());
        });
        // The edit field leaves the scene with the focus: give it back to the renamed row.
        list.setOnEditCancel(e -> keepFocusOn(e.getIndex()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                actions.remove(list.getSelectionModel().getSelectedIndex());
            }
        });
        TextField add = new TextField();
        add.setId("newAction");
        add.setPromptText("New action");
        add.setTooltip(new Tooltip("A new action, such as Wave; Enter adds it"));
        add.setAccessibleText("New action");
        add.textProperty().bindBidirectional(actions.newActionProperty());
        add.setOnAction(e -> actions.add());
        HBox.setHgrow(add, Priority.ALWAYS);
        Button addButton = button("addAction", "Add", actions::add);
        Button up = button("actionUp", "\u2191", () -> select(actions.move(selected(), -1)));
        Button down = button("actionDown", "\u2193", () -> select(actions.move(selected(), 1)));
        Button remove = button("removeAction", "Remove", () -> actions.remove(selected()));
        describe(up, "Move the selected action up");
        describe(down, "Move the selected action down");
        for (Button b : new Button[] {up, down, remove}) {
            b.disableProperty()
                    .bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        }
        return new VBox(
                4,
                list,
                new HBox(4, add, addButton),
                new HBox(4, up, down, remove),
                message(
                        "actionsMessage",
                        firstOf(actions.messageProperty(), actions.problemProperty()),
                        "field-problem"));
    }

    /** The details, each a small key above its value, so that a narrow column cuts nothing. */
    private Node details(Runnable copyId) {
        TextField id = new TextField();
        id.setId("characterId");
        id.setEditable(false);
        id.setAccessibleText("Character ID");
        id.setPromptText("Not saved yet");
        id.textProperty().bind(snapshotText(ServerCharacter::id));
        Button copy = button("copyId", "Copy", copyId);
        copy.disableProperty().bind(vm.snapshotProperty().isNull());
        HBox.setHgrow(id, Priority.ALWAYS);
        Label connection = new Label();
        connection
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.connection().name() + "\n" + vm.connection().baseUrl(), vm.sessionProperty()));
        connection.setId("editorConnection");
        VBox box = new VBox(
                2,
                caption("Details", null),
                key("ID"),
                new HBox(4, id, copy),
                key("Voice value"),
                wrapping(detail("voiceValue", vm.voice().voiceProperty())),
                key("Created"),
                wrapping(detail("created", snapshotText(ServerCharacter::timestamp))),
                key("Owner"),
                wrapping(detail("owner", snapshotText(ServerCharacter::userId))),
                key("Connection"),
                wrapping(connection));
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail-key");
        return label;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        return label;
    }

    private StringExpression snapshotText(Function<ServerCharacter, String> field) {
        return Bindings.createStringBinding(
                () -> vm.snapshotProperty().get() == null
                        ? ""
                        : field.apply(vm.snapshotProperty().get()),
                vm.snapshotProperty());
    }

    private int selected() {
        return actionsList.getSelectionModel().getSelectedIndex();
    }

    private void keepFocusOn(int index) {
        Platform.runLater(() -> {
            actionsList.requestFocus();
            if (index >= 0 && index < actionsList.getItems().size()) {
                select(index);
                actionsList.getFocusModel().focus(index);
            }
        });
    }

    private void select(int index) {
        actionsList.getSelectionModel().clearAndSelect(index);
    }
}
