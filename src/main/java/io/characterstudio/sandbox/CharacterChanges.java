package io.characterstudio.sandbox;

import java.util.List;

/** The fields an update sends; {@code null} means "not sent, leave as it is". */
record CharacterChanges(
        String name, String voiceType, String backstory, List<String> actions, List<String> languageCodes) {

    StoredCharacter applyTo(StoredCharacter c, String now) {
        return new StoredCharacter(
                c.id(),
                name != null ? name : c.name(),
                voiceType != null ? voiceType : c.voiceType(),
                backstory != null ? backstory : c.backstory(),
                languageCodes != null ? languageCodes : c.languageCodes(),
                actions != null ? actions : c.actions(),
                c.emotions(),
                c.timestamp(),
                now,
                c.clonedFrom(),
                c.knowledgeBankCopied());
    }
}
