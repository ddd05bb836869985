package io.characterstudio.model;

/** One reason a character cannot be saved, tied to the field it is about. */
public record ValidationProblem(Field field, String message) {

    public enum Field { NAME, VOICE, BACKSTORY, ACTIONS, LANGUAGES }
}
