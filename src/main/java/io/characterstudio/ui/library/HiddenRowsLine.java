package io.characterstudio.ui.library;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The line under the library about deleted and missing rows: "3 deleted, 1 missing hidden · Show"
 * while they are hidden, "Deleted and missing shown · Hide" while shown; invisible when there are
 * none to hide.
 */
final class HiddenRowsLine {

    private HiddenRowsLine() {}

    static HBox of(LibraryViewModel vm) {
        Label text = new Label();
        text.setId("libraryHidden");
        text.getStyleClass().add("detail");
        Hyperlink toggle = new Hyperlink();
        toggle.setId("libraryShowHidden");
        toggle.textProperty()
                .bind(Bindings.when(vm.showGoneProperty()).then("Hide").otherwise("Show"));
        toggle.setOnAction(e -> vm.showGoneProperty().set(!vm.showGoneProperty().get()));
        text.textProperty()
                .bind(Bindings.when(vm.showGoneProperty())
                        .then("Deleted and missing shown ·")
                        .otherwise(Bindings.concat(vm.hiddenTextProperty(), " ·")));
        HBox line = new HBox(2, text, toggle);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty()
                .bind(vm.showGoneProperty().or(vm.hiddenTextProperty().isNotEmpty()));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
