package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * The message line of each field, read from the form's one list of problems: for the name, the
 * voice and the backstory a neutral hint while a new character's field is blank and not yet
 * reached ({@link FieldHints}); the voice's line also carries its warning (a voice the catalogue
 * lacks) when it has no problem; the actions and the languages show their problem, never a hint.
 */
final class FieldMessages {

    private final Map<CharacterField, FieldMessage> messages = new EnumMap<>(CharacterField.class);

    FieldMessages(FormBuffer form, FieldHints hints) {
        FormProblems problems = form.problems();
        StringBinding voiceProblem = problems.message(CharacterField.VOICE);
        StringBinding voiceText = Bindings.createStringBinding(
                () -> voiceProblem.get().isEmpty()
                        ? form.voice().warningProperty().get()
                        : voiceProblem.get(),
                voiceProblem,
                form.voice().warningProperty());
        messages.put(
                CharacterField.NAME,
                hints.message(CharacterField.NAME, form.name(), problems.message(CharacterField.NAME), "Required."));
        messages.put(
                CharacterField.VOICE,
                hints.message(
                        CharacterField.VOICE,
                        form.voice().voiceProperty(),
                        voiceText,
                        "Required: pick one from the list."));
        messages.put(
                CharacterField.BACKSTORY,
                hints.message(
                        CharacterField.BACKSTORY,
                        form.backstory().textProperty(),
                        problems.message(CharacterField.BACKSTORY),
                        "Required: who the character is, in your words."));
        for (CharacterField listField : List.of(CharacterField.ACTIONS, CharacterField.LANGUAGES)) {
            messages.put(
                    listField,
                    new FieldMessage(problems.message(listField), Bindings.createBooleanBinding(() -> false)));
        }
    }

    /** The message line of {@code field}. */
    FieldMessage of(CharacterField field) {
        return messages.get(field);
    }
}
