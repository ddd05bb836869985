package io.characterstudio.model;

/** One reason a character cannot be saved, tied to the field it is about. */
public record ValidationProblem(CharacterField field, String message) {}
