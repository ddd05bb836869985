package io.characterstudio.service;

import java.util.List;

/** A connection the dialog must not save; the message lists the reasons. */
public final class InvalidConnectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidConnectionException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
