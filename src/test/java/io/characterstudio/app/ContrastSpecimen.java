package io.characterstudio.app;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The app's key controls on one page, styled by the current user-agent theme plus theme.css, so a
 * test can render them in a known state and read their colours from the pixels. Build it on the FX thread.
 */
final class ContrastSpecimen {

    final Button normal = new Button("Cancel");
    final Button defaultButton = new Button("Clone");
    final Button danger = new Button("Delete");
    final CheckBox tick = new CheckBox("Clone the knowledge bank");
    final RadioButton radio = new RadioButton("Sandbox");
    final TextField field = new TextField();
    final ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList("Voice A", "Voice B"));
    final Hyperlink link = new Hyperlink("2 clones");
    final Button chip = new Button("English \u00d7");
    final javafx.scene.control.Spinner<Integer> spinner = new javafx.scene.control.Spinner<>(1, 50, 1);
    final ListView<String> library = new ListView<>(FXCollections.observableArrayList("Ann", "Bob", "Cy", "Dee"));
    final ListView<String> plainList = new ListView<>(FXCollections.observableArrayList("One", "Two", "Three"));
    final VBox root;
    final Stage stage = new Stage();

    ContrastSpecimen() {
        defaultButton.setDefaultButton(true);
        danger.getStyleClass().add("danger");
        chip.getStyleClass().addAll("connection-chip", "language-chip");
        field.setPromptText("Type the name to confirm");
        field.setPrefColumnCount(18);
        combo.setPromptText("Choose a voice");
        library.setId("library");
        spinner.setEditable(true); // the bulk clone's "Copies of each"
        plainList.setEditable(true); // a row's rename field, like the actions' (F2)
        plainList.setCellFactory(javafx.scene.control.cell.TextFieldListCell.forListView());
        library.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (ListView<String> list : java.util.List.of(library, plainList)) {
            list.setPrefSize(220, 150);
        }
        FlowPane controls =
                new FlowPane(24, 24, normal, defaultButton, danger, tick, radio, field, combo, link, chip, spinner);
        root = new VBox(24, controls, new HBox(24, library, plainList));
        root.setPadding(new Insets(24));
        root.setPrefWidth(640);
        Scene scene = new Scene(root);
        scene.getStylesheets()
                .add(Objects.requireNonNull(ContrastSpecimen.class.getResource("/io/characterstudio/ui/theme.css"))
                        .toExternalForm());
        stage.setScene(scene);
        stage.setX(300);
        stage.setY(120);
    }

    /** The whole page as it looks now (call on the FX thread). */
    Image snapshot() {
        root.applyCss();
        root.layout();
        return root.snapshot(null, null);
    }

    /** The node's layout bounds on the page (a ring drawn outside them is not counted), grown by {@code margin}. */
    Bounds area(Node node, double margin) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return new javafx.geometry.BoundingBox(
                b.getMinX() - margin, b.getMinY() - margin, b.getWidth() + 2 * margin, b.getHeight() + 2 * margin);
    }

    /** The bounds of the list's visible cell showing {@code index}. */
    Bounds cell(ListView<String> list, int index) {
        return list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == index && !c.isEmpty())
                .findFirst()
                .map(n -> area(n, 0))
                .orElseThrow(() -> new AssertionError("No cell " + index));
    }
}
