package io.characterstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts: the longest common subsequence of their words, with the
 * white space kept with the word before it, so that joining the segments of one side gives that
 * text back exactly.
 */
public final class WordDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    private WordDiff() {
    }

    public static List<Segment> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (same(a.get(i), b.get(j))) {
                add(out, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Kind.REMOVED, a.get(i++));
            } else {
                add(out, Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(out, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(out, Kind.ADDED, b.get(j++));
        }
        return out;
    }

    /** How many words were added and removed. */
    public static int[] counts(List<Segment> diff) {
        int added = 0;
        int removed = 0;
        for (Segment s : diff) {
            if (s.kind() == Kind.ADDED) {
                added += WordCount.of(s.text());
            } else if (s.kind() == Kind.REMOVED) {
                removed += WordCount.of(s.text());
            }
        }
        return new int[] {added, removed};
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static void add(List<Segment> out, Kind kind, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
