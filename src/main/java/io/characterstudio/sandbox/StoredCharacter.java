package io.characterstudio.sandbox;

import java.util.List;

/**
 * A character as the sandbox keeps it. Timestamps are the contract's ISO-8601 seconds in UTC
 * without a zone. {@code clonedFrom} is the sandbox's own bookkeeping and never sent.
 */
record StoredCharacter(
        String id,
        String name,
        String voiceType,
        String backstory,
        List<String> languageCodes,
        List<String> actions,
        List<String> emotions,
        String timestamp,
        String lastInteractedWith,
        String clonedFrom,
        boolean knowledgeBankCopied) {

    StoredCharacter {
        languageCodes = List.copyOf(languageCodes);
        actions = List.copyOf(actions);
        emotions = List.copyOf(emotions);
    }

    /** The copy a clone makes: every field but the ID, the times and the lineage. */
    StoredCharacter cloneAs(String newId, String now, boolean withKnowledgeBank) {
        return new StoredCharacter(
                newId, name, voiceType, backstory, languageCodes, actions, emotions, now, now, id, withKnowledgeBank);
    }
}
