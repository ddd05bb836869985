package io.characterstudio.ui.start;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The window while the app starts, or the reason it could not. Binds only. */
public final class StartView {

    private final VBox root;

    public StartView(StartViewModel viewModel) {
        Label title = new Label("Character Studio");
        title.getStyleClass().add("welcome-title");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        spinner.visibleProperty().bind(viewModel.failedProperty().not());

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((obs, was, isFailed) -> {
            if (isFailed) {
                status.getStyleClass().add("field-problem");
            }
        });

        root = new VBox(16, title, spinner, status);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(48));
        root.setId("startView");
    }

    public Parent root() {
        return root;
    }
}
