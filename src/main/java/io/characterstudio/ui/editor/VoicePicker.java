package io.characterstudio.ui.editor;

import io.characterstudio.model.VoiceOption;
import io.characterstudio.ui.common.Accelerators;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SearchableComboBox;

/**
 * The searchable voice picker. Choosing a voice sets the view-model's voice value; a value that
 * is not among the choices (not in the catalogue, or not speaking a chosen language) is kept and
 * simply shows no selection. A shortcut pressed while the picker has the focus (Ctrl+S) runs the
 * window's command without opening the list: the searchable skin opens it on every letter key,
 * modifiers or not.
 */
final class VoicePicker {

    /** The popup's text when the search matches no voice. */
    static final String NO_MATCH = "No voice matches";

    private VoicePicker() {}

    static SearchableComboBox<VoiceOption> create(VoiceViewModel vm) {
        // A copy, refreshed after each change of the choices: a combo box whose items list changes
        // its filter while the box reacts to a selection fails inside JavaFX.
        ObservableList<VoiceOption> items = FXCollections.observableArrayList(vm.choices());
        SearchableComboBox<VoiceOption> picker = new SearchableComboBox<>(items);
        picker.setCellFactory(l -> new PromptCell<>(null, VoiceViewModel::describe));
        // The chosen voice shows by its name (the list shows gender and provider too), so it fits a narrow window.
        picker.setButtonCell(new PromptCell<>(picker, VoiceOption::displayName));
        // What the popup shows when the search matches no voice (an empty box reads as broken).
        Label none = new Label(NO_MATCH);
        none.getStyleClass().add("picker-placeholder");
        picker.setPlaceholder(none);
        boolean[] syncing = {false};
        picker.valueProperty().addListener((obs, was, chosen) -> {
            if (!syncing[0] && chosen != null) {
                vm.voiceProperty().set(chosen.voiceValue());
            }
        });
        Runnable fromModel = () -> {
            syncing[0] = true;
            picker.setValue(items.stream()
                    .filter(v -> v.voiceValue().equals(vm.voiceProperty().get()))
                    .findFirst()
                    .orElse(null));
            syncing[0] = false;
        };
        vm.voiceProperty().addListener((obs, was, now) -> fromModel.run());
        // The combo box reads its items while a change is still being delivered: select afterwards.
        vm.choices().addListener((ListChangeListener<VoiceOption>) c -> Platform.runLater(() -> {
            syncing[0] = true;
            picker.setValue(null);
            items.setAll(vm.choices());
            syncing[0] = false;
            fromModel.run();
        }));
        fromModel.run();
        picker.addEventFilter(KeyEvent.KEY_PRESSED, VoicePicker::runShortcut);
        // A voice that is not among the choices (see the warning) still shows, as the prompt.
        picker.promptTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            String value = vm.voiceProperty().get();
                            if (value == null || value.isBlank()) {
                                return "Choose a voice";
                            }
                            return vm.find(value).map(VoiceOption::displayName).orElse(value);
                        },
                        vm.voiceProperty(),
                        vm.catalogue()));
        return picker;
    }

    /**
     * Runs the window's shortcut for a key pressed with Ctrl, Alt or Meta, before the skin's handler
     * would open the list for its letter (accelerators run only after it).
     */
    private static void runShortcut(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            Accelerators.runFirst(e);
        }
    }
}
