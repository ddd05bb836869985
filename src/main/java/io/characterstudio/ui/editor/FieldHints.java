package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterField;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * Holds back the "required" messages of a new character's blank fields, so a blank form greets
 * the writer with neutral hints instead of red errors. A blank field shows its hint until it has
 * been left empty once (the focus went while it was blank), has held text, or a save was tried;
 * then its real message. Every other problem (too long, a control character, a voice the
 * catalogue lacks) shows at once, and a character that exists on the server shows every message.
 */
final class FieldHints {

    private final Map<CharacterField, BooleanProperty> revealed = new EnumMap<>(CharacterField.class);
    private final Map<CharacterField, ObservableStringValue> values = new EnumMap<>(CharacterField.class);
    /** Fields whose next leave does not count until the user enters them again (after a revert). */
    private final Set<CharacterField> calmed = EnumSet.noneOf(CharacterField.class);

    /** The message line of {@code field}: {@code hint} while held back and blank, else {@code problem}. */
    FieldMessage message(
            CharacterField field, ObservableStringValue value, ObservableStringValue problem, String hint) {
        BooleanProperty shown = new SimpleBooleanProperty(true);
        revealed.put(field, shown);
        values.put(field, value);
        value.addListener((obs, was, now) -> {
            if (!blank(now)) {
                shown.set(true);
            }
        });
        BooleanBinding hinting = Bindings.createBooleanBinding(() -> !shown.get() && blank(value.get()), shown, value);
        return new FieldMessage(
                Bindings.createStringBinding(() -> hinting.get() ? hint : problem.get(), hinting, problem), hinting);
    }

    /** The focus left {@code field}: from now on its real message shows. */
    void left(CharacterField field) {
        if (calmed.contains(field)) {
            return;
        }
        BooleanProperty shown = revealed.get(field);
        if (shown != null) {
            shown.set(true);
        }
    }

    /** A save was tried, or the character exists: every field shows its real message. */
    void revealAll() {
        calmed.clear();
        revealed.values().forEach(p -> p.set(true));
    }

    /** A new character's form was filled: its blank fields show their hints again. */
    void holdBack() {
        calmed.clear();
        revealed.forEach((field, shown) -> shown.set(!blank(values.get(field).get())));
    }

    /**
     * A new character was reverted to blank: the focus may still be in a field the user typed in
     * before, so leaving a field counts only once the user has entered it again ({@link #entered}).
     */
    void calmAll() {
        calmed.addAll(revealed.keySet());
    }

    /** The focus entered {@code field}: leaving it from now on shows its real message. */
    void entered(CharacterField field) {
        calmed.remove(field);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
