package io.characterstudio.ui.trash;

import io.characterstudio.model.TrashEntry;
import java.util.List;
import java.util.Locale;

/**
 * The words of the trash's many-at-once actions: whether an entry matches the search, and the dry
 * run shown before a restore or a purge (what will happen, with counts, and the names, at most
 * {@value #NAMES_LISTED} of them).
 */
final class TrashBatch {

    static final int NAMES_LISTED = 25;

    private TrashBatch() {}

    /** Whether {@code e} matches {@code query}: its name, its old ID or its new ID contains it, ignoring case. */
    static boolean matches(TrashEntry e, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty()
                || e.fields().name().toLowerCase(Locale.ROOT).contains(q)
                || e.characterId().toLowerCase(Locale.ROOT).contains(q)
                || e.restoredAs()
                        .map(id -> id.toLowerCase(Locale.ROOT).contains(q))
                        .orElse(false);
    }

    /** The dry run of a restore of {@code toRestore}; {@code alreadyRestored} of the selection are left alone. */
    static String restoreQuestion(List<TrashEntry> toRestore, int alreadyRestored) {
        return "Restore " + count(toRestore.size(), "character")
                + (toRestore.size() == 1 ? " as a new character (new ID):\n" : " as new characters (new IDs):\n")
                + names(toRestore)
                + (alreadyRestored == 0 ? "" : "\n" + alreadyRestored + " already restored are left as they are.");
    }

    /** The dry run of forgetting {@code entries} for good. */
    static String purgeQuestion(List<TrashEntry> entries) {
        return "Forget " + count(entries.size(), "deleted character") + " for good? They cannot be restored"
                + " afterwards; the server is not asked.\n" + names(entries);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String names(List<TrashEntry> entries) {
        StringBuilder text = new StringBuilder();
        entries.stream()
                .limit(NAMES_LISTED)
                .forEach(e -> text.append("  ").append(e.fields().name()).append('\n'));
        if (entries.size() > NAMES_LISTED) {
            text.append("  and ").append(entries.size() - NAMES_LISTED).append(" more\n");
        }
        return text.toString().stripTrailing();
    }
}
