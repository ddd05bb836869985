package io.characterstudio.service;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The result of "Test connection": what happened, a sentence for the user, and how long it took. */
public record ConnectionCheck(Outcome outcome, String message, Duration took) {

    public enum Outcome {
        OK,
        INVALID_KEY,
        UNREACHABLE,
        NOT_CONVAI
    }

    /** Whether the test found the connection usable. */
    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /**
     * The one sentence a failed test shows: the client's own description (which already names the
     * address and what went wrong) for an unreachable server or a redirect, a fixed sentence for a
     * refused key, and "Not a Convai API: …" only when the description does not say so already.
     */
    static String sentence(Outcome outcome, boolean redirected, @Nullable String detail) {
        String d = detail == null || detail.isBlank() ? "no details" : detail.strip();
        if (redirected || outcome == Outcome.UNREACHABLE) {
            return d;
        }
        if (outcome == Outcome.INVALID_KEY) {
            return "Invalid key: the server refused it.";
        }
        return d.toLowerCase(Locale.ROOT).contains("convai api")
                ? d
                : "Not a Convai API: "
                        + (d.length() > 1 && Character.isLowerCase(d.charAt(1))
                                ? Character.toLowerCase(d.charAt(0)) + d.substring(1)
                                : d);
    }

    /** The sentence with the time in brackets before its full stop: "Connected: … voices (12 ms)." */
    static String withTime(String sentence, Duration took) {
        String time = " (" + took.toMillis() + " ms)";
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) + time + "." : sentence + time;
    }
}
