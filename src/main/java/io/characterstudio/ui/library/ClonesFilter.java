package io.characterstudio.ui.library;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The search that shows the clones of one character: {@code from:"Name"} when that shows exactly
 * its clones, otherwise {@code from:ID} (another character's name starts with the same words and
 * has clones, the name is blank, or it holds a double quote).
 */
final class ClonesFilter {

    private ClonesFilter() {}

    static String of(String id, Map<String, LibraryItem> byId) {
        LibraryItem row = byId.get(id);
        String byIdFilter = "from:" + id;
        if (row == null
                || row.character().name().isBlank()
                || row.character().name().contains("\"")) {
            return byIdFilter;
        }
        String byName = "from:\"" + row.character().name().strip() + "\"";
        LibraryQuery query = LibraryQuery.parse(byName);
        Set<String> shown = new HashSet<>();
        for (LibraryItem item : byId.values()) {
            if (query.test(item)) {
                shown.add(item.id());
            }
        }
        return shown.equals(new HashSet<>(row.cloneIds())) ? byName : byIdFilter;
    }
}
