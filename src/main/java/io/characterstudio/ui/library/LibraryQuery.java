package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the library's search box asks for, parsed: free text (matched in name, ID, backstory,
 * actions, voice and languages) and filters, all of which must hold.
 * <ul>
 *   <li>{@code #tag}: has a tag starting so, any case ({@code #vil} finds {@code #villain}; a bare {@code #}
 *       filters nothing: it is a tag still being typed);
 *       {@code *}: starred</li>
 *   <li>{@code lang:fr}: a language code starting so; {@code voice:aria}: the voice contains it</li>
 *   <li>{@code has:draft}: has unsaved edits journalled</li>
 *   <li>{@code from:X}: cloned from the character whose ID or name starts with X (any case);
 *       {@code clones:X} is the same; {@code from:"Bram Oakhart"}, quoted, takes a name with spaces
 *       and matches the whole name or ID (any case), not a prefix; an unclosed quote stays a prefix</li>
 *   <li>{@code is:deleted}, {@code is:missing}: only rows of that status (which the library
 *       otherwise hides)</li>
 * </ul>
 * Double quotes keep spaces inside a word ({@code "a b"}, {@code from:"a b"}); an unclosed quote
 * runs to the end.
 */
public record LibraryQuery(
        String text,
        List<String> tags,
        boolean starred,
        List<String> languages,
        List<String> voices,
        boolean hasDraft,
        List<String> clonedFrom,
        Set<KnownCharacter.Status> statuses) {

    public static final LibraryQuery EVERYTHING = parse("");

    public LibraryQuery {
        tags = List.copyOf(tags);
        languages = List.copyOf(languages);
        voices = List.copyOf(voices);
        clonedFrom = List.copyOf(clonedFrom);
        statuses = Set.copyOf(statuses);
    }

    public static LibraryQuery parse(String typed) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String> voices = new ArrayList<>();
        List<String> from = new ArrayList<>();
        boolean starred = false;
        Set<KnownCharacter.Status> statuses = EnumSet.noneOf(KnownCharacter.Status.class);
        boolean draft = false;
        for (Token token : tokens(typed == null ? "" : typed)) {
            String t = token.text().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("*")) {
                starred = true;
            } else if (t.equals("#")) {
                continue; // a tag still being typed: the suggestions list the tags, it filters nothing
            } else if (t.startsWith("#")) {
                tags.add(t.substring(1));
            } else if (t.startsWith("lang:") && t.length() > 5) {
                languages.add(t.substring(5));
            } else if (t.startsWith("voice:") && t.length() > 6) {
                voices.add(t.substring(6));
            } else if (t.equals("is:deleted") || t.equals("is:missing")) {
                statuses.add(KnownCharacter.Status.valueOf(t.substring(3).toUpperCase(Locale.ROOT)));
            } else if (t.equals("has:draft")) {
                draft = true;
            } else if ((t.startsWith("from:") && t.length() > 5) || (t.startsWith("clones:") && t.length() > 7)) {
                String source = t.substring(t.indexOf(':') + 1);
                from.add(token.closedQuote() ? EXACT + source : source);
            } else {
                words.add(t);
            }
        }
        return new LibraryQuery(String.join(" ", words), tags, starred, languages, voices, draft, from, statuses);
    }

    /** Marks a {@link #clonedFrom()} entry typed in closed quotes (a quote, which no token keeps): it must match whole. */
    static final String EXACT = "\"";

    /** One word typed; {@code closedQuote} when it held a quote that was closed again. */
    record Token(String text, boolean closedQuote) {}

    /** The words typed, split at white space except inside double quotes (which are dropped). */
    static List<Token> tokens(String typed) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '"') {
                closed = quoted;
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                tokens.add(new Token(current.toString().strip(), closed));
                current.setLength(0);
                closed = false;
            } else {
                current.append(c);
            }
        }
        tokens.add(new Token(current.toString().strip(), closed && !quoted));
        return tokens;
    }

    /** Whether the query asks for deleted or missing rows by name ({@code is:deleted}, {@code is:missing}). */
    public boolean asksForGone() {
        return !statuses.isEmpty();
    }

    /** Whether a row passes every part of the query. */
    public boolean test(LibraryItem item) {
        if (starred && !item.favourite()) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(item.status())) {
            return false;
        }
        if (hasDraft && !item.hasDraft()) {
            return false;
        }
        for (String tag : tags) {
            if (item.tags().stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).startsWith(tag))) {
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
