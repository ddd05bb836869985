package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The library's rows made from the known characters, with their tags, drafts and clone lineage. */
final class LibraryRows {

    private LibraryRows() {
    }

    /** Rows with lineage both ways: the source's name for a clone, the clones of a source. */
    static List<LibraryItem> of(List<KnownCharacter> known, Map<String, Set<String>> tags, Set<String> draftIds) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> clones = new HashMap<>();
        for (KnownCharacter k : known) {
            names.put(k.id(), k.name());
            k.clonedFrom().ifPresent(from -> clones.computeIfAbsent(from, x -> new ArrayList<>()).add(k.id()));
        }
        List<LibraryItem> rows = new ArrayList<>(known.size());
        for (KnownCharacter k : known) {
            rows.add(new LibraryItem(k, tags.getOrDefault(k.id(), Set.of()), draftIds.contains(k.id()),
                    k.clonedFrom().map(names::get).orElse(""), clones.getOrDefault(k.id(), List.of())));
        }
        return rows;
    }
}
