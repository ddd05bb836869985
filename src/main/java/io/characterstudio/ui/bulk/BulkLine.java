package io.characterstudio.ui.bulk;

import java.util.Locale;
import java.util.Set;

/**
 * One line of a dry run or a report, with the word it starts with ("FAILED", "changed", "done",
 * "skipped"…) and what kind of line that word makes it, for counting, filtering and ordering.
 */
public record BulkLine(Kind kind, String word, String text) {

    /** What a line says about its item, in the order lines are shown: the ones that matter first. */
    public enum Kind {
        FAILED,
        CHANGED,
        DONE,
        SKIPPED,
        OTHER
    }

    private static final Set<String> FAILED = Set.of("failed", "refused");
    private static final Set<String> CHANGED = Set.of("changed");
    /** Lines of items the run did something to (an import's created or updated files, an export's). */
    private static final Set<String> DONE = Set.of("done");

    private static final Set<String> SKIPPED = Set.of("skipped", "skip", "unchanged", "not");

    /** The line, its first word (lower case) and its kind: failed or refused, changed, done, skipped or unchanged, other. */
    public static BulkLine of(String text) {
        String word = text.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        Kind kind = FAILED.contains(word)
                ? Kind.FAILED
                : CHANGED.contains(word)
                        ? Kind.CHANGED
                        : DONE.contains(word) ? Kind.DONE : SKIPPED.contains(word) ? Kind.SKIPPED : Kind.OTHER;
        return new BulkLine(kind, word, text);
    }
}
