package io.characterstudio.ui.editor;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;

/** The chosen languages, in order, as a compact line of chips above the list; a click on one drops it. */
final class LanguageChips {

    private LanguageChips() {
    }

    static FlowPane create(LanguagesViewModel vm) {
        FlowPane chips = new FlowPane(4, 4);
        chips.setId("languageChips");
        Runnable fill = () -> chips.getChildren().setAll(vm.selected().stream().map(code -> {
            Button chip = new Button(vm.nameOf(code) + " (" + code + ") \u00d7");
            chip.getStyleClass().addAll("connection-chip", "language-chip");
            chip.setAccessibleText("Remove " + vm.nameOf(code));
            chip.setOnAction(e -> vm.choose(code, false));
            return chip;
        }).toList());
        vm.selected().addListener((ListChangeListener<String>) c -> fill.run());
        vm.catalogue().addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
        return chips;
    }
}
