package io.characterstudio.ui.editor;

import io.characterstudio.model.VoiceOption;
import javafx.scene.control.ListCell;
import org.controlsfx.control.SearchableComboBox;

/**
 * The searchable voice picker. Choosing a voice sets the view-model's voice value; a value that
 * is not among the choices (not in the catalogue, or not speaking a chosen language) is kept and
 * simply shows no selection.
 */
final class VoicePicker {

    private VoicePicker() {
    }

    static SearchableComboBox<VoiceOption> create(VoiceViewModel vm) {
        SearchableComboBox<VoiceOption> picker = new SearchableComboBox<>(vm.choices());
        picker.setCellFactory(l -> new VoiceCell());
        picker.setButtonCell(new VoiceCell());
        boolean[] syncing = {false};
        picker.valueProperty().addListener((obs, was, chosen) -> {
            if (!syncing[0] && chosen != null) {
                vm.voiceProperty().set(chosen.voiceValue());
            }
        });
        Runnable fromModel = () -> {
            syncing[0] = true;
            picker.setValue(vm.choices().stream().filter(v -> v.voiceValue().equals(vm.voiceProperty().get()))
                    .findFirst().orElse(null));
            syncing[0] = false;
        };
        vm.voiceProperty().addListener((obs, was, now) -> fromModel.run());
        vm.choices().addListener((javafx.collections.ListChangeListener<VoiceOption>) c -> fromModel.run());
        fromModel.run();
        return picker;
    }

    private static final class VoiceCell extends ListCell<VoiceOption> {
        @Override
        protected void updateItem(VoiceOption item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : VoiceViewModel.describe(item));
        }
    }
}
