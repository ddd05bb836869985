package io.characterstudio.ui.conflict;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.service.ConflictException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The two sides of a conflict, field by field: what the user typed ("mine") and what the
 * server has now ("theirs"), with a per-field choice for a merge.
 */
public final class ConflictViewModel {

    /** How the user resolved it. */
    public enum Outcome {
        KEEP_MINE,
        TAKE_THEIRS,
        MERGE
    }

    /** One of the five fields, both values as text, and whether the merge takes mine. */
    public record Row(CharacterField source, String mine, String theirs, BooleanProperty takeMine) {

        /** The field's label ("Name", "Voice", …). */
        public String field() {
            return source.label();
        }
    }

    private final ConflictException conflict;
    private final Map<CharacterField, Row> rows = new EnumMap<>(CharacterField.class);

    public ConflictViewModel(ConflictException conflict) {
        this.conflict = conflict;
        CharacterFields m = conflict.mine();
        CharacterFields t = conflict.theirs().fields();
        for (CharacterField field : CharacterField.values()) {
            rows.put(field, new Row(field, field.text(m), field.text(t), new SimpleBooleanProperty(true)));
        }
    }

    /** The rows where the two sides differ (the ones the user has to look at). */
    public List<Row> differing() {
        return rows.values().stream().filter(r -> !r.mine().equals(r.theirs())).toList();
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
            case MERGE -> CharacterField.assemble(f -> rows.get(f).takeMine().get() ? f.of(m) : f.of(t));
        };
    }
}
