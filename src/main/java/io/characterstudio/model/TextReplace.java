package io.characterstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A literal find and replace (no regular expressions from the user): optionally case-sensitive
 * and whole words only. Answers the hits of a text, each with a short piece around it, and the
 * text with every hit replaced.
 */
public final class TextReplace {

    private final Pattern pattern;
    private final String replacement;

    public TextReplace(String find, String replacement, boolean matchCase, boolean wholeWords) {
        if (find == null || find.isEmpty()) {
            throw new IllegalArgumentException("Nothing to find");
        }
        String quoted = Pattern.quote(find);
        String regex = wholeWords ? "(?<![\\p{L}\\p{N}_])" + quoted + "(?![\\p{L}\\p{N}_])" : quoted;
        this.pattern = Pattern.compile(regex, matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.replacement = replacement == null ? "" : replacement;
    }

    public int count(String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Each hit with up to 30 characters either side, as "…before [hit → new] after…". */
    public List<String> previews(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            int to = Math.min(text.length(), m.end() + 30);
            out.add((from > 0 ? "…" : "") + text.substring(from, m.start()).replace('\n', ' ')
                    + "[" + m.group() + " \u2192 " + replacement + "]"
                    + text.substring(m.end(), to).replace('\n', ' ') + (to < text.length() ? "…" : ""));
        }
        return out;
    }

    public String replaceAll(String text) {
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /** The fields with every hit replaced in the backstory and the actions. */
    public CharacterFields applyTo(CharacterFields f) {
        return new CharacterFields(
                f.name(),
                f.voiceType(),
                replaceAll(f.backstory()),
                f.actions().stream().map(this::replaceAll).toList(),
                f.languageCodes());
    }

    /** The hits in the backstory and the actions. */
    public int count(CharacterFields f) {
        return count(f.backstory()) + f.actions().stream().mapToInt(this::count).sum();
    }

    public List<String> previews(CharacterFields f) {
        List<String> all = new ArrayList<>(previews(f.backstory()));
        f.actions().forEach(a -> previews(a).forEach(p -> all.add("action: " + p)));
        return all;
    }
}
