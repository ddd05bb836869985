package io.characterstudio.model;

import java.util.ArrayList;
import java.util.List;

/** The fields an update sends; {@code null} means "unchanged, not sent". */
public record CharacterUpdate(String name, String voiceType, String backstory, List<String> actions,
                              List<String> languageCodes) {

    public CharacterUpdate {
        actions = actions == null ? null : List.copyOf(actions);
        languageCodes = languageCodes == null ? null : List.copyOf(languageCodes);
    }

    public static CharacterUpdate none() {
        return new CharacterUpdate(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return name == null && voiceType == null && backstory == null && actions == null && languageCodes == null;
    }

    /** The names of the fields this update changes, for messages and logs. */
    public List<String> changedFields() {
        List<String> names = new ArrayList<>();
        if (name != null) {
            names.add("name");
        }
        if (voiceType != null) {
            names.add("voice");
        }
        if (backstory != null) {
            names.add("backstory");
        }
        if (actions != null) {
            names.add("actions");
        }
        if (languageCodes != null) {
            names.add("languages");
        }
        return names;
    }
}
