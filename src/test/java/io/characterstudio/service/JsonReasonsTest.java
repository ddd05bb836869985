package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A refused file's reason in plain words, from the parser's exception or from the reason's text. */
class JsonReasonsTest {

    private static JacksonException parse(String json) {
        try {
            JsonMapper.builder().build().readTree(json);
            throw new AssertionError("parsed: " + json);
        } catch (JacksonException e) {
            return e;
        }
    }

    @Test
    void theParsersExceptionBecomesPlainWordsWithItsPlace() {
        RuntimeException refusal = new RuntimeException("not valid JSON", parse("{\"format\": \"x\", \"name\": "));
        assertThat(JsonReasons.plain(refusal)).matches("the file ends in the middle \\(line 1, column \\d+\\)");
        assertThat(JsonReasons.plain(new RuntimeException("x", parse("{\"a\": nope}"))))
                .startsWith("not JSON: \"nope\" is not a JSON value (line 1, column ");
        assertThat(JsonReasons.plain(new RuntimeException("x", parse("{\"a\": 1]"))))
                .startsWith("not JSON: a closing bracket that does not match (line 1");
    }

    @Test
    void theReasonTextOfARefusalIsReadWhenItCarriesNoException() {
        assertThat(JsonReasons.plain("not valid JSON (Unexpected end-of-input within/between Object entries"
                        + " at line 1, column 38)"))
                .isEqualTo("the file ends in the middle (line 1, column 38)");
        assertThat(JsonReasons.plain("not valid JSON (Unexpected character ('}' (code 125)): expected a value"
                        + " at line 2, column 7)"))
                .isEqualTo("not JSON: an unexpected \"}\" (line 2, column 7)");
        assertThat(JsonReasons.plain("missing \"name\""))
                .as("other reasons stay")
                .isEqualTo("missing \"name\"");
    }
}
