package io.characterstudio.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The five fields a user edits, in the order the app shows them: each knows its label, how to read
 * it from {@link CharacterFields} and {@link CharacterUpdate}, how to compare and show it, and its
 * rule in {@link CharacterRules}. Code that goes over "every field" goes over {@link #values()}.
 */
public enum CharacterField {
    NAME("Name", CharacterFields::name, CharacterUpdate::name),
    VOICE("Voice", CharacterFields::voiceType, CharacterUpdate::voiceType),
    BACKSTORY("Backstory", CharacterFields::backstory, CharacterUpdate::backstory),
    ACTIONS("Actions", CharacterFields::actions, CharacterUpdate::actions),
    LANGUAGES("Languages", CharacterFields::languageCodes, CharacterUpdate::languageCodes);

    private final String label;
    private final Function<CharacterFields, Object> value;
    private final Function<CharacterUpdate, Object> sent;

    CharacterField(String label, Function<CharacterFields, Object> value, Function<CharacterUpdate, Object> sent) {
        this.label = label;
        this.value = value;
        this.sent = sent;
    }

    /** "Name", "Voice", …: how headings and lists name the field. */
    public String label() {
        return label;
    }

    /** "name", "voice", …: how a sentence names the field ("The name of …", "changed: voice"). */
    public String word() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** The field's value in {@code fields}: a String, or a List of Strings for actions and languages. */
    public Object of(CharacterFields fields) {
        return value.apply(fields);
    }

    /** The value as one line of text: lists are joined with ", ". */
    public String text(CharacterFields fields) {
        return value.apply(fields) instanceof List<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList())
                : (String) value.apply(fields);
    }

    /** Whether {@code a} and {@code b} hold the same value in this field. */
    public boolean same(CharacterFields a, CharacterFields b) {
        return of(a).equals(of(b));
    }

    /** What {@code update} sends for this field; null when it leaves the field unchanged. */
    public Object sentBy(CharacterUpdate update) {
        return sent.apply(update);
    }

    /** {@code into} with this one field taken from {@code source}. */
    public CharacterFields take(CharacterFields source, CharacterFields into) {
        return assemble(f -> f == this ? f.of(source) : f.of(into));
    }

    /** The field's problem in {@code fields}, by its rule in {@link CharacterRules}; empty when there is none. */
    public Optional<ValidationProblem> problem(CharacterFields fields, Predicate<String> isKnownLanguage) {
        return switch (this) {
            case NAME -> CharacterRules.nameProblem(fields.name());
            case VOICE -> CharacterRules.voiceProblem(fields.voiceType());
            case BACKSTORY -> CharacterRules.backstoryProblem(fields.backstory());
            case ACTIONS -> CharacterRules.actionsProblem(fields.actions());
            case LANGUAGES -> CharacterRules.languagesProblem(fields.languageCodes(), isKnownLanguage);
        };
    }

    /** The fields where {@code a} and {@code b} differ, in order. */
    public static List<CharacterField> differing(CharacterFields a, CharacterFields b) {
        return Arrays.stream(values()).filter(f -> !f.same(a, b)).toList();
    }

    /** Fields made of one value per field ({@code value} gives a String, or a List of Strings for the lists). */
    public static CharacterFields assemble(Function<CharacterField, Object> value) {
        return new CharacterFields(
                (String) value.apply(NAME),
                (String) value.apply(VOICE),
                (String) value.apply(BACKSTORY),
                list(value.apply(ACTIONS)),
                list(value.apply(LANGUAGES)));
    }

    /** An update made of one value per field (null: the field is not sent). */
    public static CharacterUpdate update(Function<CharacterField, Object> value) {
        return new CharacterUpdate(
                (String) value.apply(NAME),
                (String) value.apply(VOICE),
                (String) value.apply(BACKSTORY),
                strings(value.apply(ACTIONS)),
                strings(value.apply(LANGUAGES)));
    }

    private static @Nullable List<String> strings(@Nullable Object list) {
        return list == null ? null : list(list);
    }

    private static List<String> list(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).toList();
    }
}
