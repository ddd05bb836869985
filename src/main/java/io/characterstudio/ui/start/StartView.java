package io.characterstudio.ui.start;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The start window until the editor exists: where the embedded sandbox listens. Binds only. */
public final class StartView {

    private final VBox root;

    public StartView(StartViewModel viewModel) {
        Label title = new Label("Character Studio");
        title.getStyleClass().add("title");

        Label intro = new Label("A desktop editor for Convai characters. The editor screens arrive next; "
                + "meanwhile the embedded sandbox below answers the Convai character API on this computer.");
        intro.setWrapText(true);

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("status");
        viewModel.failedProperty().addListener((obs, was, isFailed) -> {
            if (isFailed) {
                status.getStyleClass().add("error");
            }
        });

        TextField url = new TextField();
        url.setId("sandboxUrl");
        url.setEditable(false);
        url.setPromptText("not listening yet");
        url.textProperty().bind(viewModel.baseUrlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);

        Button copy = new Button("Copy URL");
        copy.setId("copyUrl");
        copy.disableProperty().bind(viewModel.runningProperty().not());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.baseUrlProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });

        Label folder = new Label();
        folder.setId("dataFolder");
        folder.setWrapText(true);
        folder.textProperty().bind(viewModel.dataFolderProperty().map(f -> f.isEmpty() ? "" : "Sandbox data and key: " + f));
        folder.getStyleClass().add("detail");

        Label known = new Label();
        known.setId("knownCharacters");
        known.textProperty().bind(viewModel.knownCharactersProperty());
        known.getStyleClass().add("detail");

        root = new VBox(12, title, intro, status, new HBox(8, url, copy), known, folder);
        root.setPadding(new Insets(24));
        root.getStyleClass().add("start-view");
    }

    public Parent root() {
        return root;
    }
}
