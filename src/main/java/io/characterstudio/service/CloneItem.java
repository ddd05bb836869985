package io.characterstudio.service;

import java.util.ArrayList;
import java.util.List;

/**
 * One copy of a bulk clone: copy {@code copy} (from 1) of the character {@code sourceId}. A bulk
 * clone runs over these records from the dry run to the report and its retry; its text form, for
 * messages, is the {@link #key()} "sourceId#copy", which {@link #parse} reads back.
 */
public record CloneItem(String sourceId, int copy) {

    public CloneItem {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("A clone item needs the ID of the character to copy.");
        }
        if (copy < 1) {
            throw new IllegalArgumentException("A clone item's copy number starts at 1, not " + copy + ".");
        }
        sourceId = sourceId.strip();
    }

    /** The items for {@code copies} copies of each source, in order: every copy of the first source first. */
    public static List<CloneItem> of(List<String> sourceIds, int copies) {
        List<CloneItem> items = new ArrayList<>();
        for (String id : sourceIds) {
            for (int n = 1; n <= copies; n++) {
                items.add(new CloneItem(id, n));
            }
        }
        return items;
    }

    /** Reads a key made by {@link #key()} (the source ID may itself contain '#': the last one counts). */
    public static CloneItem parse(String key) {
        int hash = key == null ? -1 : key.lastIndexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("'" + key + "' is not a clone item: expected sourceId#copy.");
        }
        try {
            return new CloneItem(key.substring(0, hash), Integer.parseInt(key.substring(hash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + key + "' is not a clone item: the copy number after '#' is not a number.", e);
        }
    }

    /** The name of this item in a bulk run and its report: "sourceId#copy". */
    public String key() {
        return sourceId + "#" + copy;
    }

    /** The {@link #key()}: how a report and a failure message name this item ("sourceId#copy"). */
    @Override
    public String toString() {
        return key();
    }
}
