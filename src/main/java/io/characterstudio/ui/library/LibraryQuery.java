package io.characterstudio.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the library's search box asks for, parsed: free text (matched in name, ID, backstory,
 * actions, voice and languages) and filters, all of which must hold.
 * <ul>
 *   <li>{@code #tag}: has the tag; {@code *}: starred</li>
 *   <li>{@code lang:fr}: a language code starting so; {@code voice:aria}: the voice contains it</li>
 *   <li>{@code has:draft}: has unsaved edits journalled</li>
 *   <li>{@code from:X}: cloned from the character whose ID starts with X or whose name is X;
 *       {@code clones:X} is the same</li>
 * </ul>
 */
public record LibraryQuery(String text, List<String> tags, boolean starred, List<String> languages,
                           List<String> voices, boolean hasDraft, List<String> clonedFrom) {

    public static final LibraryQuery EVERYTHING = parse("");

    public LibraryQuery {
        tags = List.copyOf(tags);
        languages = List.copyOf(languages);
        voices = List.copyOf(voices);
        clonedFrom = List.copyOf(clonedFrom);
    }

    public static LibraryQuery parse(String typed) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String> voices = new ArrayList<>();
        List<String> from = new ArrayList<>();
        boolean starred = false;
        boolean draft = false;
        for (String token : (typed == null ? "" : typed).strip().split("\\s+")) {
            String t = token.toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("*")) {
                starred = true;
            } else if (t.startsWith("#") && t.length() > 1) {
                tags.add(t.substring(1));
            } else if (t.startsWith("lang:") && t.length() > 5) {
                languages.add(t.substring(5));
            } else if (t.startsWith("voice:") && t.length() > 6) {
                voices.add(t.substring(6));
            } else if (t.equals("has:draft")) {
                draft = true;
            } else if ((t.startsWith("from:") && t.length() > 5) || (t.startsWith("clones:") && t.length() > 7)) {
                from.add(t.substring(t.indexOf(':') + 1));
            } else {
                words.add(t);
            }
        }
        return new LibraryQuery(String.join(" ", words), tags, starred, languages, voices, draft, from);
    }

    /** Whether a row passes every part of the query. */
    public boolean test(LibraryItem item) {
        if (starred && !item.favourite()) {
            return false;
        }
        if (hasDraft && !item.hasDraft()) {
            return false;
        }
        for (String tag : tags) {
            if (item.tags().stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).equals(tag))) {
                return false;
            }
        }
        for (String language : languages) {
            if (item.character().languageCodes().stream()
                    .noneMatch(code -> code.toLowerCase(Locale.ROOT).startsWith(language))) {
                return false;
            }
        }
        for (String voice : voices) {
            if (!item.voice().toLowerCase(Locale.ROOT).contains(voice)) {
                return false;
            }
        }
        for (String source : clonedFrom) {
            if (!item.isCloneOf(source)) {
                return false;
            }
        }
        return text.isEmpty() || item.haystack().contains(text);
    }

    public boolean isEmpty() {
        return equals(EVERYTHING);
    }
}
