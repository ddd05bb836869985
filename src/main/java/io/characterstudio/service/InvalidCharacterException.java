package io.characterstudio.service;

import io.characterstudio.model.ValidationProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A character that breaks {@link io.characterstudio.model.CharacterRules} and was not sent. */
public final class InvalidCharacterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ValidationProblem> problems;

    public InvalidCharacterException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
