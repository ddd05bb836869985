package io.characterstudio.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The rules a character must meet before it is sent: the editor shows them as the user types,
 * the service layer refuses to send what breaks them.
 */
public final class CharacterRules {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int MIN_LANGUAGES = 1;
    public static final int MAX_LANGUAGES = 4;

    private CharacterRules() {}

    /**
     * Every problem of {@code fields}; empty when they can be sent.
     *
     * @param isKnownLanguage whether a code is in the language catalogue
     */
    public static List<ValidationProblem> check(CharacterFields fields, Predicate<String> isKnownLanguage) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (CharacterField field : CharacterField.values()) {
            field.problem(fields, isKnownLanguage).ifPresent(problems::add);
        }
        return problems;
    }

    public static Optional<ValidationProblem> nameProblem(String name) {
        String message = null;
        if (name.isBlank()) {
            message = "The name is required.";
        } else if (name.codePointCount(0, name.length()) > NAME_MAX_LENGTH) {
            message = "The name is longer than " + NAME_MAX_LENGTH + " characters.";
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            message = "The name contains a control character (such as a line break or tab).";
        }
        return problem(CharacterField.NAME, message);
    }

    public static Optional<ValidationProblem> voiceProblem(String voiceType) {
        return problem(CharacterField.VOICE, voiceType.isBlank() ? "Choose a voice." : null);
    }

    public static Optional<ValidationProblem> backstoryProblem(String backstory) {
        return backstoryProblem(backstory, WordCount.of(backstory));
    }

    /** The backstory's problem when its words are already counted ({@code words} is {@link WordCount#of}). */
    public static Optional<ValidationProblem> backstoryProblem(String backstory, int words) {
        String message = null;
        if (backstory.isBlank()) {
            message = "The backstory is required.";
        } else if (words > WordCount.BACKSTORY_WORD_LIMIT) {
            message = "The backstory has " + words + " words; the limit is " + WordCount.BACKSTORY_WORD_LIMIT + ".";
        }
        return problem(CharacterField.BACKSTORY, message);
    }

    /** Actions as the editor sends them: trimmed, none empty, none with a separator, no duplicates. */
    public static Optional<ValidationProblem> actionsProblem(List<String> actions) {
        Set<String> seen = new HashSet<>();
        for (String action : actions) {
            String trimmed = action.strip();
            String message = null;
            if (trimmed.isEmpty()) {
                message = "An action has no name.";
            } else if (trimmed.contains(",") || trimmed.contains(";")) {
                message = "The action \"" + trimmed + "\" contains \",\" or \";\", which separate actions.";
            } else if (!seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                message = "The action \"" + trimmed + "\" is listed twice.";
            }
            if (message != null) {
                return problem(CharacterField.ACTIONS, message);
            }
        }
        return Optional.empty();
    }

    public static Optional<ValidationProblem> languagesProblem(List<String> codes, Predicate<String> isKnownLanguage) {
        String message = null;
        if (codes.size() < MIN_LANGUAGES || codes.size() > MAX_LANGUAGES) {
            message = "Choose " + MIN_LANGUAGES + " to " + MAX_LANGUAGES + " languages.";
        } else if (new HashSet<>(codes).size() != codes.size()) {
            message = "A language is chosen twice.";
        } else {
            for (String code : codes) {
                if (!isKnownLanguage.test(code)) {
                    message = "\"" + code + "\" is not a language of the catalogue.";
                    break;
                }
            }
        }
        return problem(CharacterField.LANGUAGES, message);
    }

    /** Trims each action name, as the editor stores them. */
    public static List<String> normaliseActions(List<String> actions) {
        return actions.stream().map(String::strip).toList();
    }

    private static Optional<ValidationProblem> problem(CharacterField field, @Nullable String message) {
        return message == null ? Optional.empty() : Optional.of(new ValidationProblem(field, message));
    }
}
