package io.characterstudio.model;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fields an update sends; {@code null} means "unchanged, not sent". */
public record CharacterUpdate(
        @Nullable String name,
        @Nullable String voiceType,
        @Nullable String backstory,
        @Nullable List<String> actions,
        @Nullable List<String> languageCodes) {

    public CharacterUpdate {
        actions = actions == null ? null : List.copyOf(actions);
        languageCodes = languageCodes == null ? null : List.copyOf(languageCodes);
    }

    public static CharacterUpdate none() {
        return new CharacterUpdate(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return changedFields().isEmpty();
    }

    /** The names of the fields this update changes ({@link CharacterField#word()}), for messages and logs. */
    public List<String> changedFields() {
        return Arrays.stream(CharacterField.values())
                .filter(f -> f.sentBy(this) != null)
                .map(CharacterField::word)
                .toList();
    }
}
