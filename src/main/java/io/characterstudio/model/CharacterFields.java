package io.characterstudio.model;

import java.util.List;
import java.util.Objects;

/** The five fields a user edits (see {@link CharacterField}). Lists are immutable copies; null strings become "". */
public record CharacterFields(
        String name, String voiceType, String backstory, List<String> actions, List<String> languageCodes) {

    public CharacterFields {
        name = name == null ? "" : name;
        voiceType = voiceType == null ? "" : voiceType;
        backstory = backstory == null ? "" : backstory;
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
        languageCodes = List.copyOf(Objects.requireNonNullElse(languageCodes, List.of()));
    }

    /** What an update must send to turn {@code this} (the server copy) into {@code edited}. */
    public CharacterUpdate changesTo(CharacterFields edited) {
        return CharacterField.update(f -> f.same(this, edited) ? null : f.of(edited));
    }

    /** These fields with an update applied, as the server applies it. */
    public CharacterFields with(CharacterUpdate u) {
        return CharacterField.assemble(f -> f.sentBy(u) != null ? f.sentBy(u) : f.of(this));
    }
}
