package io.characterstudio.ui.bulk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a dry run or a report as a long list is read: a summary of the counts, a filter
 * (all, failed, changed, done, skipped: only those that have lines) and the lines that matter first
 * (failed, then changed, then done, then skipped and the rest, each in its original order). No
 * toolkit types.
 */
public final class BulkListing {

    /** Which lines to show. */
    public enum Filter {
        ALL("All"),
        FAILED("Failed"),
        CHANGED("Changed"),
        DONE("Done"),
        SKIPPED("Skipped");

        private final String word;

        Filter(String word) {
            this.word = word;
        }
    }

    private static final Map<String, String> PHRASES = Map.of(
            "changed",
            "changed on the server",
            "same",
            "up to date",
            "skipped",
            "not run (cancelled)",
            "read",
            "to read again",
            "fetched",
            "read for the first time",
            "open",
            "open in the editor");
    /** A dry run's verbs counted: "224 clones", "17 deletes", "12 saves" (one: "1 clone"). */
    private static final Map<String, String> PLURALS =
            Map.of("clone", "clones", "delete", "deletes", "save", "saves", "create", "creates", "update", "updates");

    private final List<BulkLine> ordered;
    private final Map<BulkLine.Kind, Integer> perKind = new EnumMap<>(BulkLine.Kind.class);

    public BulkListing(List<String> lines) {
        List<BulkLine> parsed = new ArrayList<>(lines.stream().map(BulkLine::of).toList());
        parsed.sort(Comparator.comparing(BulkLine::kind)); // stable: the original order within a kind
        this.ordered = List.copyOf(parsed);
        ordered.forEach(l -> perKind.merge(l.kind(), 1, Integer::sum));
    }

    /** How many lines there are. */
    public int size() {
        return ordered.size();
    }

    /**
     * "Refresh 846 characters: 12 changed on the server, 834 up to date": the heading, then each
     * first word's count (the most important kinds first), in words a reader understands.
     */
    public String summary(String heading) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ordered.forEach(l -> counts.merge(l.word(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach(
                (word, n) -> parts.add(n + " " + (n == 1 ? phrase(word) : PLURALS.getOrDefault(word, phrase(word)))));
        return parts.isEmpty() ? heading + ": nothing to do" : heading + ": " + String.join(", ", parts);
    }

    /** The words for a line's first word in a summary: "changed" is "changed on the server", "same" "up to date". */
    public static String phrase(String word) {
        return PHRASES.getOrDefault(word, word);
    }

    /** All, then each of failed, changed, done, skipped that has lines; only All when there is one kind. */
    public List<Filter> filters() {
        List<Filter> filters = new ArrayList<>(List.of(Filter.ALL));
        for (Filter f : List.of(Filter.FAILED, Filter.CHANGED, Filter.DONE, Filter.SKIPPED)) {
            if (count(f) > 0 && count(f) < ordered.size()) {
                filters.add(f);
            }
        }
        return filters;
    }

    /**
     * "Failed (3)". The skipped lines are called by what they are when they are all alike:
     * "Unchanged (2)" for an import's unchanged items, "Not run (205)" after a cancel; failed lines
     * that are all refused files are "Refused (1)" (both kinds: "Failed or refused (3)").
     */
    public String label(Filter filter) {
        String word = filter.word;
        if (filter == Filter.SKIPPED) {
            Set<String> words = wordsOf(BulkLine.Kind.SKIPPED);
            word = words.equals(Set.of("unchanged")) ? "Unchanged" : words.equals(Set.of("skipped")) ? "Not run" : word;
        } else if (filter == Filter.FAILED) {
            // The word the summary uses: an import's unreadable files are "refused", not "failed".
            Set<String> words = wordsOf(BulkLine.Kind.FAILED);
            word = words.equals(Set.of("refused")) ? "Refused" : words.size() > 1 ? "Failed or refused" : word;
        }
        return word + " (" + count(filter) + ")";
    }

    private Set<String> wordsOf(BulkLine.Kind kind) {
        Set<String> words = new HashSet<>();
        ordered.stream().filter(l -> l.kind() == kind).forEach(l -> words.add(l.word()));
        return words;
    }

    /** How many lines the filter shows. */
    public int count(Filter filter) {
        return filter == Filter.ALL ? ordered.size() : perKind.getOrDefault(kindOf(filter), 0);
    }

    /** The lines the filter shows, failed first, then changed, then done, then the rest. */
    public List<String> lines(Filter filter) {
        return ordered.stream()
                .filter(l -> filter == Filter.ALL || l.kind() == kindOf(filter))
                .map(BulkLine::text)
                .toList();
    }

    private static BulkLine.Kind kindOf(Filter filter) {
        return switch (filter) {
            case FAILED -> BulkLine.Kind.FAILED;
            case CHANGED -> BulkLine.Kind.CHANGED;
            case DONE -> BulkLine.Kind.DONE;
            case SKIPPED -> BulkLine.Kind.SKIPPED;
            case ALL -> null;
        };
    }
}
