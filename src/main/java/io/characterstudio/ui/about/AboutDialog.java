package io.characterstudio.ui.about;

import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.DialogSizing;
import io.characterstudio.ui.common.FxDialogService;
import java.net.URL;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: version, Java and JavaFX versions, data folder and log file (with a button to open the folder), licence. */
public final class AboutDialog {

    private AboutDialog() {}

    /**
     * Builds the About dialog over {@code owner}.
     *
     * @param open opens a URI with the desktop (the data folder in the file manager)
     */
    public static Dialog<Void> create(Window owner, AboutInfo info, Consumer<String> open) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        row(grid, 0, "Version", info.version(), "aboutVersion");
        row(grid, 1, "Java", info.java(), "aboutJava");
        row(grid, 2, "JavaFX", info.javafx(), "aboutJavafx");
        row(grid, 3, "Data folder", info.dataDir().toString(), "aboutDataDir");
        row(grid, 4, "Log file", info.logFile().toString(), "aboutLogFile");
        row(grid, 5, "Licence", info.licence(), "aboutLicence");
        Button openFolder = new Button("Open the data folder");
        openFolder.setId("aboutOpenFolder");
        openFolder.setOnAction(e -> open.accept(info.dataDir().toUri().toString()));
        Label title = new Label("Character Studio " + info.version());
        title.getStyleClass().add("title-3");
        Label tagline = new Label("A desktop editor for Convai characters.");
        VBox text = new VBox(4, title, tagline);
        HBox head = new HBox(14, icon(), text);
        VBox content = new VBox(14, head, grid, openFolder);
        content.getStyleClass().add(DialogFrame.CONTENT);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("About Character Studio");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("aboutDialog");
        // Never smaller than its content: the button bar (Close) is not cut off at the bottom or side.
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        // The window's first size is computed before the theme's CSS is applied: once the pane
        // needs more than the window gives it, the window grows to fit (Close was cut off).
        DialogPane pane = dialog.getDialogPane();
        InvalidationListener fit = o -> {
            if (pane.getScene() != null
                    && pane.getScene().getWindow() != null
                    && (pane.getHeight() > pane.getScene().getHeight()
                            || pane.getWidth() > pane.getScene().getWidth())) {
                pane.getScene().getWindow().sizeToScene();
            }
        };
        pane.heightProperty().addListener(fit);
        pane.widthProperty().addListener(fit);
        dialog.setOnShown(e -> fit.invalidated(null));
        FxDialogService.closeOnEscape(dialog);
        if (owner != null) {
            dialog.initOwner(owner);
            DialogSizing.followOwner(owner, pane);
        }
        DialogFrame.fillFromTheme(dialog);
        return dialog;
    }

    private static void row(GridPane grid, int row, String name, String value, String id) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(Math.max(24, Math.min(60, value.length())));
        field.setAccessibleText(name);
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }

    private static ImageView icon() {
        URL url = AboutDialog.class.getResource("/io/characterstudio/icons/character-studio-64.png");
        return url == null ? new ImageView() : new ImageView(new Image(url.toExternalForm(), true));
    }
}
