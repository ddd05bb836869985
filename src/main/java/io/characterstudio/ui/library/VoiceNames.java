package io.characterstudio.ui.library;

import io.characterstudio.model.VoiceOption;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The voices' display names as the library rows show them, following the editor's voice catalogue. */
public final class VoiceNames {

    private final ReadOnlyObjectWrapper<Map<String, String>> names = new ReadOnlyObjectWrapper<>(Map.of());

    VoiceNames() {}

    /** Follows the catalogue: the names are copied now and whenever it changes. */
    void follow(ObservableList<VoiceOption> catalogue) {
        Runnable copy = () -> names.set(catalogue.stream()
                .collect(Collectors.toUnmodifiableMap(VoiceOption::voiceValue, VoiceOption::displayName, (a, b) -> a)));
        catalogue.addListener((ListChangeListener<VoiceOption>) c -> copy.run());
        copy.run();
    }

    /** The voice values and their display names; replaced when the catalogue changes (rows repaint then). */
    public ReadOnlyObjectProperty<Map<String, String>> property() {
        return names.getReadOnlyProperty();
    }

    /** What a row shows for a voice: its display name, the raw value outside the catalogue, or "no voice". */
    public String label(String voiceValue) {
        if (voiceValue == null || voiceValue.isBlank()) {
            return "no voice";
        }
        return names.get().getOrDefault(voiceValue, voiceValue);
    }

    /** The row's tooltip on its voice: the raw value sent as the voice type. */
    public String tooltip(String voiceValue) {
        return voiceValue == null || voiceValue.isBlank() ? "No voice" : "Voice: " + voiceValue;
    }
}
