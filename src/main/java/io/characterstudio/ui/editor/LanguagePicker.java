package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.Language;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The chosen languages as chips, in order (the first is the main language), followed by an "add a
 * language" picker that searches the catalogue by name or code. A chip drops its language on a
 * click, Delete or Backspace. Choosing a fifth language is refused by the view-model, which says why.
 */
final class LanguagePicker {

    private LanguagePicker() {
    }

    static FlowPane create(LanguagesViewModel vm) {
        FlowPane box = new FlowPane(4, 4);
        box.setId("languageChips");
        SearchableComboBox<Language> picker = picker(vm);
        box.getChildren().add(picker);
        // The chips are replaced in front of the picker, which stays in place and keeps the focus.
        Runnable fill = () -> {
            box.getChildren().remove(0, box.getChildren().size() - 1);
            box.getChildren().addAll(0, vm.selected().stream().map(code -> chip(vm, code, picker, box)).toList());
        };
        vm.selected().addListener((ListChangeListener<String>) c -> fill.run());
        vm.catalogue().addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
        return box;
    }

    /** A chip; clicked, it drops its language and gives the focus to the chip now in its place, or the picker. */
    private static Button chip(LanguagesViewModel vm, String code, SearchableComboBox<Language> picker, FlowPane box) {
        Button chip = new Button(vm.nameOf(code) + " (" + code + ") \u00d7");
        chip.getStyleClass().addAll("connection-chip", "language-chip");
        chip.setAccessibleText("Remove " + vm.nameOf(code));
        chip.setTooltip(new javafx.scene.control.Tooltip("Remove " + vm.nameOf(code) + " (Delete)"));
        chip.setOnAction(e -> {
            int at = box.getChildren().indexOf(chip);
            vm.choose(code, false);
            box.getChildren().get(Math.max(0, Math.min(at, box.getChildren().size() - 1))).requestFocus();
        });
        chip.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.choose(code, false);
                picker.requestFocus();
                e.consume();
            }
        });
        return chip;
    }

    private static SearchableComboBox<Language> picker(LanguagesViewModel vm) {
        // A copy of the catalogue: the combo box filters its own items while the catalogue may change.
        ObservableList<Language> items = FXCollections.observableArrayList(vm.catalogue());
        vm.catalogue().addListener((ListChangeListener<Language>) c ->
                Platform.runLater(() -> items.setAll(vm.catalogue())));
        SearchableComboBox<Language> picker = new SearchableComboBox<>(items);
        picker.setId("addLanguage");
        picker.setAccessibleText("Add a language");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : language.name() + " (" + language.code() + ")";
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        picker.promptTextProperty().bind(Bindings.createStringBinding(() -> vm.selected().size()
                >= CharacterRules.MAX_LANGUAGES ? "4 of 4 chosen" : "Add a language\u2026", vm.selected()));
        picker.setPrefWidth(190);
        picker.setButtonCell(new PromptCell<>(picker, picker.getConverter()::toString));
        picker.valueProperty().addListener((obs, was, chosen) -> {
            if (chosen != null) {
                vm.choose(chosen.code(), true);
                // The picker is a command, not a state: empty it again once this change is delivered.
                Platform.runLater(() -> picker.setValue(null));
            }
        });
        return picker;
    }
}
