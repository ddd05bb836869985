package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;

import java.time.Instant;
import java.util.Locale;

/** One row of the library: a known character as the list shows and searches it. */
public record LibraryItem(KnownCharacter character) {

    public String id() {
        return character.id();
    }

    public String name() {
        return character.name().isBlank() ? "(no name)" : character.name();
    }

    /** The first block of the ID, enough to tell characters apart at a glance. */
    public String shortId() {
        String id = character.id();
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id.length() > 8 ? id.substring(0, 8) : id;
    }

    public String voice() {
        return character.voiceType();
    }

    public String languages() {
        return String.join(", ", character.languageCodes());
    }

    public KnownCharacter.Status status() {
        return character.status();
    }

    public Instant lastOpened() {
        return character.lastOpenedAt().orElse(Instant.EPOCH);
    }

    public Instant added() {
        return character.addedAt();
    }

    /** Whether the query (lower case) occurs in the name, the ID or the backstory. */
    public boolean matches(String lowerCaseQuery) {
        return lowerCaseQuery.isEmpty()
                || character.name().toLowerCase(Locale.ROOT).contains(lowerCaseQuery)
                || character.id().toLowerCase(Locale.ROOT).contains(lowerCaseQuery)
                || character.backstory().map(b -> b.toLowerCase(Locale.ROOT).contains(lowerCaseQuery)).orElse(false);
    }
}
