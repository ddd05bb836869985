package io.characterstudio.model;

import java.util.List;

/** One item of the account's character list: everything but the backstory. */
public record CharacterSummary(
        String id,
        String name,
        String voiceType,
        List<String> languageCodes,
        List<String> actions,
        String timestamp,
        String lastInteractedWith) {
    public CharacterSummary {
        languageCodes = List.copyOf(languageCodes);
        actions = List.copyOf(actions);
    }
}
