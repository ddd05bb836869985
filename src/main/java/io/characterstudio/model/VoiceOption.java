package io.characterstudio.model;

import java.util.List;

/**
 * A voice of the catalogue. {@code voiceValue} is what goes into a character's voice type;
 * {@code section} is a provider label (not stable across versions).
 */
public record VoiceOption(
        String section, String displayName, String voiceValue, List<String> languageCodes, String gender) {
    public VoiceOption {
        languageCodes = List.copyOf(languageCodes);
    }

    /** True when this voice speaks every one of the given languages. */
    public boolean speaksAll(List<String> codes) {
        return languageCodes.containsAll(codes);
    }
}
