package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.Language;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The chosen languages as chips, in order (the first is the main language), followed by an "add a
 * language" picker that searches the catalogue by name or code (typing filters, Enter adds; a search
 * that matches nothing shows "No language matches"). The
 * control is one Tab stop, the picker: Left/Up from it reach the chips, Left/Right (Up/Down) move
 * between chips and back to the picker. A chip drops its language on a click, Space, Delete or
 * Backspace, and the focus goes to its neighbour. Choosing a fifth language is refused by the
 * view-model, which says why.
 */
final class LanguagePicker {

    /** The popup's text when the search matches no language. */
    static final String NO_MATCH = "No language matches";

    private LanguagePicker() {}

    static FlowPane create(LanguagesViewModel vm) {
        FlowPane box = new FlowPane(4, 4);
        box.setId("languageChips");
        SearchableComboBox<Language> picker = picker(vm);
        box.getChildren().add(picker);
        // The chips are replaced in front of the picker, which stays in place and keeps the focus.
        Runnable fill = () -> {
            box.getChildren().remove(0, box.getChildren().size() - 1);
            box.getChildren()
                    .addAll(
                            0,
                            vm.selected().stream()
                                    .map(code -> chip(vm, code, box, picker))
                                    .toList());
        };
        vm.selected().addListener((ListChangeListener<String>) c -> fill.run());
        // On the closed picker, Left or Up go to the last chip (a closed combo box would otherwise
        // choose the previous language at once); Down opens the list.
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (picker.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP) {
                focusAt(box, box.getChildren().size() - 2);
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.RIGHT) {
                picker.show();
                e.consume();
            }
        });
        vm.catalogue().addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
        return box;
    }

    private static Button chip(LanguagesViewModel vm, String code, FlowPane box, SearchableComboBox<Language> picker) {
        Button chip = new Button(vm.nameOf(code) + " (" + code + ") \u00d7");
        chip.getStyleClass().addAll("connection-chip", "language-chip");
        chip.setFocusTraversable(false); // the control is one Tab stop: its picker; arrows reach the chips
        chip.setAccessibleText(vm.nameOf(code) + ": Space, Delete or a click removes it");
        chip.setTooltip(new Tooltip("Remove " + vm.nameOf(code) + " (Space or Delete)"));
        chip.setOnAction(e -> remove(vm, code, chip, box, picker));
        chip.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DELETE, BACK_SPACE -> remove(vm, code, chip, box, picker);
                case LEFT, UP -> focusAt(box, box.getChildren().indexOf(chip) - 1);
                case RIGHT, DOWN -> focusAt(box, box.getChildren().indexOf(chip) + 1);
                case TAB -> {
                    if (e.isShiftDown()) {
                        return;
                    }
                    picker.requestFocus();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
        return chip;
    }

    /** Drops the chip's language; the focus goes to the chip that takes its place, or the picker. */
    private static void remove(
            LanguagesViewModel vm, String code, Button chip, FlowPane box, SearchableComboBox<Language> picker) {
        int at = box.getChildren().indexOf(chip);
        vm.choose(code, false);
        if (box.getChildren().contains(chip)) {
            return; // refused: the chip and the focus stay
        }
        focusAt(box, Math.min(at, box.getChildren().size() - 1));
        if (!box.getChildren()
                .contains(box.getScene() == null ? null : box.getScene().getFocusOwner())) {
            picker.requestFocus();
        }
    }

    /** Focuses the chip (or the picker, the last child) at {@code index}, kept within the control. */
    private static void focusAt(FlowPane box, int index) {
        if (index >= 0 && index < box.getChildren().size()) {
            box.getChildren().get(index).requestFocus();
        }
    }

    private static SearchableComboBox<Language> picker(LanguagesViewModel vm) {
        // A copy of the catalogue: the combo box filters its own items while the catalogue may change.
        ObservableList<Language> items = FXCollections.observableArrayList(vm.catalogue());
        vm.catalogue()
                .addListener((ListChangeListener<Language>) c -> Platform.runLater(() -> items.setAll(vm.catalogue())));
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
        int max = CharacterRules.MAX_LANGUAGES;
        picker.promptTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.selected().size() >= max ? max + " of " + max + " chosen" : "Add a language\u2026",
                        vm.selected()));
        // Its width is in theme.css, in em (190 px at 100 %): it grows with the text size.
        // What the popup shows when the search matches no language (an empty box reads as broken).
        Label none = new Label(NO_MATCH);
        none.getStyleClass().add("picker-placeholder");
        picker.setPlaceholder(none);
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
