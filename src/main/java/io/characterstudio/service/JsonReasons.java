package io.characterstudio.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Says why a file is not JSON in plain words, for the import preview and its report: the
 * parser's own messages ("Unexpected end-of-input within/between Object entries") become "the
 * file ends in the middle (line 1, column 38)". Reads either the parser's exception (when a
 * refusal carries it as its cause) or the reason text a refusal gives ("not valid JSON (… at
 * line L, column C)"); any other reason is returned as it is, and a parser message it has no
 * plainer words for stays the parser's.
 */
public final class JsonReasons {

    private static final Pattern NOT_JSON =
            Pattern.compile("(?s)^not valid JSON \\((.*?)(?: at line (\\d+), column (\\d+))?\\)$");
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");

    private JsonReasons() {}

    /** The plain reason a file was refused; {@code failure}'s cause is read when it is the parser's. */
    public static String plain(RuntimeException failure) {
        if (failure.getCause() instanceof JacksonException json) {
            @Nullable
            String where = json.getLocation() == null
                    ? null
                    : json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr();
            return words(json.getOriginalMessage(), where);
        }
        return plain(failure.getMessage() == null ? "" : failure.getMessage());
    }

    /** The plain words for a refusal's reason text ("not valid JSON (…)"); other reasons unchanged. */
    public static String plain(String reason) {
        Matcher m = NOT_JSON.matcher(reason.strip());
        if (!m.matches()) {
            return reason;
        }
        return words(m.group(1), m.group(2) == null ? null : m.group(2) + ", column " + m.group(3));
    }

    /** "the file ends in the middle (line 1, column 38)" from a parser's message and where it stopped. */
    private static String words(String message, @Nullable String lineAndColumn) {
        String text = message == null ? "" : message;
        String what;
        Matcher character = CHARACTER.matcher(text);
        Matcher token = TOKEN.matcher(text);
        if (text.contains("end-of-input")) {
            what = "the file ends in the middle";
        } else if (token.find()) {
            what = "not JSON: \"" + token.group(1) + "\" is not a JSON value";
        } else if (character.find()) {
            what = "not JSON: an unexpected \"" + character.group(1) + "\"";
        } else if (text.contains("close marker")) {
            what = "not JSON: a closing bracket that does not match";
        } else if (text.contains("nesting depth")) {
            what = "not JSON this app reads: nested too deeply";
        } else {
            what = "not valid JSON (" + text.strip() + ")"; // no plainer words known: the parser's own
        }
        return lineAndColumn == null ? what : what + " (line " + lineAndColumn + ")";
    }
}
