package io.characterstudio.ui.history;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.WordDiff;
import java.util.ArrayList;
import java.util.List;

/** Says, one line a field, how the newer side differs from the older ("Name: “Ann” → “Ann B.”"). */
final class FieldChanges {

    private FieldChanges() {}

    static String describe(CharacterFields older, CharacterFields newer, List<WordDiff.Segment> backstory) {
        List<String> lines = new ArrayList<>();
        for (CharacterField field : CharacterField.values()) {
            if (field != CharacterField.BACKSTORY) { // said in words added and removed, below
                change(lines, field.label(), field.text(older), field.text(newer));
            }
        }
        int[] counts = WordDiff.counts(backstory);
        if (counts[0] + counts[1] > 0) {
            lines.add("Backstory: " + counts[0] + (counts[0] == 1 ? " word" : " words") + " added, " + counts[1]
                    + " removed");
        }
        return lines.isEmpty() ? "No differences." : String.join("\n", lines);
    }

    private static void change(List<String> lines, String field, String from, String to) {
        if (!from.equals(to)) {
            lines.add(field + ": \u201C" + from + "\u201D \u2192 \u201C" + to + "\u201D");
        }
    }
}
