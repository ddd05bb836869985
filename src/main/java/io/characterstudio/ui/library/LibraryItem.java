package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;

import java.time.Instant;
import java.util.Locale;

/** One row of the library: a known character as the list shows and searches it. */
public record LibraryItem(KnownCharacter character, java.util.Set<String> tags) {

    /** The tag of the star. */
    public static final String FAVOURITE = "favourite";

    public LibraryItem {
        tags = java.util.Set.copyOf(tags);
    }

    public LibraryItem(KnownCharacter character) {
        this(character, java.util.Set.of());
    }

    public boolean favourite() {
        return tags.contains(FAVOURITE);
    }

    /** The tags other than the star, as "#a #b". */
    public String tagText() {
        return tags.stream().filter(t -> !t.equals(FAVOURITE)).sorted().map(t -> "#" + t)
                .collect(java.util.stream.Collectors.joining(" "));
    }

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

    /**
     * Whether the query (lower case) occurs in the name, ID, backstory, actions, voice or
     * languages; "#tag" matches a tag, "#favourite" (or "*") the starred ones.
     */
    public boolean matches(String lowerCaseQuery) {
        if (lowerCaseQuery.equals("*")) {
            return favourite();
        }
        if (lowerCaseQuery.startsWith("#") && lowerCaseQuery.length() > 1) {
            String tag = lowerCaseQuery.substring(1);
            return tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(tag));
        }
        return lowerCaseQuery.isEmpty()
                || contains(character.name(), lowerCaseQuery)
                || contains(character.id(), lowerCaseQuery)
                || character.backstory().map(b -> contains(b, lowerCaseQuery)).orElse(false)
                || character.actions().stream().anyMatch(a -> contains(a, lowerCaseQuery))
                || contains(character.voiceType(), lowerCaseQuery)
                || character.languageCodes().stream().anyMatch(l -> contains(l, lowerCaseQuery));
    }

    /** "cloned from 7bd3274c" for a clone, empty otherwise. */
    public String lineage() {
        return character.clonedFrom().map(from -> {
            int dash = from.indexOf('-');
            return "cloned from " + (dash > 0 ? from.substring(0, dash) : from);
        }).orElse("");
    }

    private static boolean contains(String text, String lowerCaseQuery) {
        return text.toLowerCase(Locale.ROOT).contains(lowerCaseQuery);
    }
}
