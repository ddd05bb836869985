package io.characterstudio.ui.connections;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.ConnectionCheck;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.DialogKeys;
import io.characterstudio.ui.common.Em;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The connection dialog: binds to {@link ConnectionEditorViewModel}; Save closes only once saved. */
public final class ConnectionDialog {

    private ConnectionDialog() {}

    public static Dialog<ConnectionInfo> create(ConnectionEditorViewModel vm) {
        Dialog<ConnectionInfo> dialog = new Dialog<>();
        dialog.setTitle(vm.isNew() ? "Add a connection" : "Edit the connection");
        dialog.setHeaderText(
                vm.isNew()
                        ? "Connect to a Convai account or another sandbox."
                        : "Change the name, address or key of this connection.");
        dialog.getDialogPane().setId("connectionDialog");
        DialogKeys.returnPressesDefault(dialog.getDialogPane());

        TextField name = field("connectionName", "Name", "Studio account");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField url = field("connectionUrl", "Base URL", "https://api.convai.com");
        url.textProperty().bindBidirectional(vm.baseUrlProperty());

        PasswordField masked = new PasswordField();
        masked.setId("connectionKey");
        masked.setAccessibleText("API key");
        masked.setPromptText(vm.keyPrompt());
        TextField plain = field("connectionKeyPlain", "API key", vm.keyPrompt());
        masked.textProperty().bindBidirectional(vm.apiKeyProperty());
        plain.textProperty().bindBidirectional(vm.apiKeyProperty());
        CheckBox reveal = new CheckBox("Show");
        reveal.setId("connectionReveal");
        plain.visibleProperty().bind(reveal.selectedProperty());
        masked.visibleProperty().bind(reveal.selectedProperty().not());
        Button paste = new Button("Paste");
        paste.setId("connectionPaste");
        paste.setOnAction(e -> {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                vm.apiKeyProperty().set(text.strip());
            }
        });
        StackPane keyBox = new StackPane(masked, plain);
        HBox.setHgrow(keyBox, Priority.ALWAYS);

        CheckBox sandbox = new CheckBox("This is a sandbox (not a live Convai account)");
        sandbox.setId("connectionSandbox");
        sandbox.selectedProperty().bindBidirectional(vm.sandboxProperty());

        Button test = new Button("Test connection");
        test.setId("connectionTest");
        // Not disabled while a test runs: a disabled button loses the focus (to Cancel, where the next
        // Space closed the dialog). A press during a test is ignored; the result line says "Testing…".
        test.setOnAction(e -> {
            if (!vm.busyProperty().get()) {
                vm.test();
            }
        });
        test.setMinWidth(Region.USE_PREF_SIZE);
        Label testResult = new Label();
        testResult.setId("connectionTestResult");
        testResult.setWrapText(true);
        testResult.setMinHeight(Region.USE_PREF_SIZE);
        testResult.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(testResult, Priority.ALWAYS);
        testResult.textProperty().bind(vm.testResultProperty());
        vm.testOutcomeProperty().addListener((obs, was, now) -> {
            testResult.getStyleClass().removeAll("field-problem", "connection-ok");
            if (now != null) {
                testResult.getStyleClass().add(now == ConnectionCheck.Outcome.OK ? "connection-ok" : "field-problem");
            }
        });

        Label problems = new Label();
        problems.setId("connectionProblems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(vm.messageProperty());
        // A new connection's blank name and key: a neutral hint (grey) until a field is left or Save is pressed
        problems.getStyleClass().add(vm.hintProperty().get() ? "hint" : "field-problem");
        vm.hintProperty().addListener((obs, was, now) -> {
            problems.getStyleClass().removeAll("hint", "field-problem");
            problems.getStyleClass().add(now ? "hint" : "field-problem");
        });
        reportLeaving(name, vm, ConnectionEditorViewModel.Field.NAME);
        reportLeaving(masked, vm, ConnectionEditorViewModel.Field.API_KEY);
        reportLeaving(plain, vm, ConnectionEditorViewModel.Field.API_KEY);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Base URL"), url);
        grid.addRow(2, new Label("API key"), new HBox(6, keyBox, reveal, paste));
        grid.add(sandbox, 1, 3);
        GridPane.setHgrow(name, Priority.ALWAYS);
        VBox content = new VBox(10, grid, new HBox(8, test, testResult), problems);
        content.getStyleClass().add(DialogFrame.CONTENT);
        Em.prefSize(content, 580, Double.NaN); // in em: it grows with the text size
        dialog.getDialogPane().setContent(content);
        // A message that wraps to more lines grows the dialog instead of being cut off
        testResult.textProperty().addListener((obs, was, now) -> fitWindow(dialog));
        problems.textProperty().addListener((obs, was, now) -> fitWindow(dialog));

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("connectionSave");
        // Enabled while a problem stands: pressing it shows every problem and goes to the first field
        saveButton.disableProperty().bind(vm.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!vm.problemsProperty().get().isEmpty()) {
                vm.revealAll();
                String all = vm.problemsProperty().get();
                TextField key = reveal.isSelected() ? plain : masked;
                // The problems come in the order of the fields: name, address, key
                boolean nameBad = all.startsWith(ConnectionService.NAME_REQUIRED) || all.startsWith("The name");
                (nameBad ? name : all.contains("http") ? url : key).requestFocus();
                return;
            }
            if (vm.saveQuestion().isPresent()
                    && !saveAnyway(dialog, vm.saveQuestion().get())) {
                return;
            }
            vm.save()
                    .thenAccept(saved -> saved.ifPresent(c -> {
                        dialog.setResult(c);
                        dialog.close();
                    }));
        });
        dialog.setResultConverter(b -> null);
        Platform.runLater(name::requestFocus);
        return dialog;
    }

    /** Asks "The test failed: … Save anyway?"; true only for "Save anyway". */
    private static boolean saveAnyway(Dialog<?> owner, String question) {
        ButtonType anyway = new ButtonType("Save anyway", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question, anyway, ButtonType.CANCEL);
        ask.setTitle("Save a connection whose test failed");
        ask.setHeaderText(null);
        ask.getDialogPane().setId("connectionSaveAnyway");
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (owner.getDialogPane().getScene() != null) {
            ask.initOwner(owner.getDialogPane().getScene().getWindow());
        }
        return ask.showAndWait().filter(anyway::equals).isPresent();
    }

    private static void reportLeaving(
            TextField field, ConnectionEditorViewModel vm, ConnectionEditorViewModel.Field which) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.left(which);
            }
        });
    }

    private static TextField field(String id, String accessibleName, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessibleName);
        f.setPromptText(prompt);
        return f;
    }

    private static void fitWindow(Dialog<?> dialog) {
        Platform.runLater(() -> {
            Scene scene = dialog.getDialogPane().getScene();
            if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                scene.getWindow().sizeToScene();
            }
        });
    }
}
