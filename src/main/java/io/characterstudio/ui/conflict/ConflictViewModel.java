package io.characterstudio.ui.conflict;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.service.ConflictException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The two sides of a conflict, field by field: what the user typed ("mine") and what the
 * server has now ("theirs"), with a per-field choice for a merge.
 */
public final class ConflictViewModel {

    /** How the user resolved it. */
    public enum Outcome { KEEP_MINE, TAKE_THEIRS, MERGE }

    /** One of the five fields, both values as text, and whether the merge takes mine. */
    public record Row(String field, String mine, String theirs, BooleanProperty takeMine) {
    }

    private final ConflictException conflict;
    private final List<Row> rows = new ArrayList<>();

    public ConflictViewModel(ConflictException conflict) {
        this.conflict = conflict;
        CharacterFields m = conflict.mine();
        CharacterFields t = conflict.theirs().fields();
        add("Name", m.name(), t.name());
        add("Voice", m.voiceType(), t.voiceType());
        add("Backstory", m.backstory(), t.backstory());
        add("Actions", String.join(", ", m.actions()), String.join(", ", t.actions()));
        add("Languages", String.join(", ", m.languageCodes()), String.join(", ", t.languageCodes()));
    }

    private void add(String field, String mine, String theirs) {
        rows.add(new Row(field, mine, theirs, new SimpleBooleanProperty(true)));
    }

    /** The rows where the two sides differ (the ones the user has to look at). */
    public List<Row> differing() {
        return rows.stream().filter(r -> !r.mine().equals(r.theirs())).toList();
    }

    public String title() {
        return conflict.getMessage();
    }

    public ConflictException conflict() {
        return conflict;
    }

    /** The fields the editor shows after the user chose. */
    public CharacterFields result(Outcome outcome) {
        CharacterFields m = conflict.mine();
        CharacterFields t = conflict.theirs().fields();
        return switch (outcome) {
            case KEEP_MINE -> m;
            case TAKE_THEIRS -> t;
            case MERGE -> new CharacterFields(
                    pick(0) ? m.name() : t.name(),
                    pick(1) ? m.voiceType() : t.voiceType(),
                    pick(2) ? m.backstory() : t.backstory(),
                    pick(3) ? m.actions() : t.actions(),
                    pick(4) ? m.languageCodes() : t.languageCodes());
        };
    }

    private boolean pick(int row) {
        return rows.get(row).takeMine().get();
    }
}
