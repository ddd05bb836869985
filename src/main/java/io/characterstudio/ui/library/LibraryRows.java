package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Making the library's rows from the workspace, and replacing one row in place. */
final class LibraryRows {

    private LibraryRows() {}

    /** Rows with lineage both ways: the source's name for a clone, the clones of a source. */
    static List<LibraryItem> of(List<KnownCharacter> known, Map<String, Set<String>> tags, Set<String> draftIds) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> clones = new HashMap<>();
        for (KnownCharacter k : known) {
            names.put(k.id(), k.name());
            k.clonedFrom()
                    .ifPresent(from ->
                            clones.computeIfAbsent(from, x -> new ArrayList<>()).add(k.id()));
        }
        List<LibraryItem> rows = new ArrayList<>(known.size());
        for (KnownCharacter k : known) {
            rows.add(new LibraryItem(
                    k,
                    tags.getOrDefault(k.id(), Set.of()),
                    draftIds.contains(k.id()),
                    k.clonedFrom().map(names::get).orElse(""),
                    clones.getOrDefault(k.id(), List.of())));
        }
        return rows;
    }

    /**
     * Replaces the row of {@code newer} in {@code items} and {@code byId} (tags, draft mark and
     * lineage kept); when its name changed, its clones' rows name their source anew. Nothing
     * happens for a character without a row.
     */
    static void replace(List<LibraryItem> items, Map<String, LibraryItem> byId, KnownCharacter newer) {
        LibraryItem old = byId.get(newer.id());
        if (old == null) {
            return;
        }
        replaceRow(items, byId, old, old.with(newer));
        if (!old.name().equals(newer.name())) {
            old.cloneIds().stream()
                    .map(byId::get)
                    .filter(Objects::nonNull)
                    .forEach(clone -> replaceRow(items, byId, clone, clone.withSourceName(newer.name())));
        }
    }

    /** Replaces the row of {@code id} by one with the draft mark given; nothing when it has no row or the mark already. */
    static void markDraft(List<LibraryItem> items, Map<String, LibraryItem> byId, String id, boolean hasDraft) {
        LibraryItem old = byId.get(id);
        if (old != null && old.hasDraft() != hasDraft) {
            replaceRow(items, byId, old, old.withDraft(hasDraft));
        }
    }

    @SuppressWarnings("ReferenceEquality") // the scan looks for this very row object, see below
    private static void replaceRow(
            List<LibraryItem> items, Map<String, LibraryItem> byId, LibraryItem old, LibraryItem row) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == old) { // by identity: a scan of references, no comparison of backstories
                items.set(i, row);
                byId.put(row.id(), row);
                return;
            }
        }
    }

    /**
     * When {@code rows} are the rows of {@code shown} (the same IDs in the same order), sets each
     * changed one in place (one change per row, so a list view keeps its selection and scroll) and
     * answers true; otherwise changes nothing and answers false.
     */
    @SuppressWarnings("ReferenceEquality") // a changed row is a new object; equal objects need no set
    static boolean replaceInPlace(List<LibraryItem> shown, List<LibraryItem> rows) {
        if (shown.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!shown.get(i).id().equals(rows.get(i).id())) {
                return false;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (shown.get(i) != rows.get(i)) {
                shown.set(i, rows.get(i));
            }
        }
        return true;
    }
}
