package io.characterstudio.ui.library;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Suggestions of existing tags while a {@code #tag} is being typed in the library's search: the
 * last word typed starts with {@code #}, and the tags starting with the rest (any case) are
 * offered as {@code #tag}. Picking one replaces that word and adds a space.
 */
final class TagSuggestions {

    static final int MAX = 8;

    private final List<String> tags;

    private TagSuggestions(List<String> tags) {
        this.tags = tags;
    }

    /** The distinct tags of the rows other than the star, sorted; made once per reload, not per keystroke. */
    static TagSuggestions of(Collection<LibraryItem> rows) {
        TreeSet<String> all = new TreeSet<>();
        rows.forEach(r ->
                r.tags().stream().filter(t -> !t.equals(LibraryItem.FAVOURITE)).forEach(all::add));
        return new TagSuggestions(List.copyOf(all));
    }

    static final TagSuggestions NONE = new TagSuggestions(List.of());

    /** The {@code #tag}s to offer for the text typed so far; empty unless its last word is a {@code #} being typed. */
    List<String> forText(String typed) {
        String word = lastWord(typed);
        if (!word.startsWith("#")) {
            return List.of();
        }
        String prefix = word.substring(1).toLowerCase(Locale.ROOT);
        return tags.stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).startsWith(prefix))
                .limit(MAX)
                .map(t -> "#" + t)
                .toList();
    }

    /** The text with its last word replaced by the picked {@code #tag}, and a space to go on typing. */
    static String complete(String typed, String tag) {
        String text = typed == null ? "" : typed;
        return text.substring(0, text.length() - lastWord(text).length()) + tag + " ";
    }

    /** The word being typed: after the last space, empty when the text ends with a space. */
    private static String lastWord(String typed) {
        if (typed == null) {
            return "";
        }
        int space = Math.max(typed.lastIndexOf(' '), typed.lastIndexOf('\t'));
        return typed.substring(space + 1);
    }
}
