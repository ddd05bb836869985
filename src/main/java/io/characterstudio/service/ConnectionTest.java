package io.characterstudio.service;

import java.time.Duration;

/** The result of "Test connection": what happened, a sentence for the user, and how long it took. */
public record ConnectionTest(Outcome outcome, String message, Duration took) {

    public enum Outcome { OK, INVALID_KEY, UNREACHABLE, NOT_CONVAI }
}
