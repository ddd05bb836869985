package io.characterstudio.model;

import java.util.List;
import java.util.Objects;

/** The five fields a user edits. Lists are immutable copies; null strings become "". */
public record CharacterFields(String name, String voiceType, String backstory, List<String> actions,
                              List<String> languageCodes) {

    public CharacterFields {
        name = name == null ? "" : name;
        voiceType = voiceType == null ? "" : voiceType;
        backstory = backstory == null ? "" : backstory;
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
        languageCodes = List.copyOf(Objects.requireNonNullElse(languageCodes, List.of()));
    }

    /** What an update must send to turn {@code this} (the server copy) into {@code edited}. */
    public CharacterUpdate changesTo(CharacterFields edited) {
        return new CharacterUpdate(
                name.equals(edited.name) ? null : edited.name,
                voiceType.equals(edited.voiceType) ? null : edited.voiceType,
                backstory.equals(edited.backstory) ? null : edited.backstory,
                actions.equals(edited.actions) ? null : edited.actions,
                languageCodes.equals(edited.languageCodes) ? null : edited.languageCodes);
    }

    /** These fields with an update applied, as the server applies it. */
    public CharacterFields with(CharacterUpdate u) {
        return new CharacterFields(
                u.name() != null ? u.name() : name,
                u.voiceType() != null ? u.voiceType() : voiceType,
                u.backstory() != null ? u.backstory() : backstory,
                u.actions() != null ? u.actions() : actions,
                u.languageCodes() != null ? u.languageCodes() : languageCodes);
    }
}
