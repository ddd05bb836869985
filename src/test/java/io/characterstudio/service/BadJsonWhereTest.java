package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.characterstudio.service.CharacterFiles.BadFileException;
import io.characterstudio.service.CharacterFiles.Where;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON that does not parse is a {@link BadFileException} with a typed place ({@link Where}: line and
 * column of the file itself, blank lines before the JSON counted) that a preview can phrase; the
 * reason's words say the same place. Other reasons have no place.
 */
class BadJsonWhereTest {

    private final CharacterFiles files = new CharacterFiles(JsonMapper.builder().build());

    @Test
    void aParseFailureSaysItsLineAndColumnInTheFile() {
        BadFileException e = catchThrowableOfType(
                BadFileException.class, () -> files.parse("\n\n{\"format\": \"character-studio\",\n  \"name\": }\n"));
        assertThat(e.where()).contains(new Where(4, 11));
        assertThat(e.getMessage()).startsWith("not valid JSON (").endsWith(" at line 4, column 11)");
    }

    @Test
    void aReasonThatIsNotAboutParsingHasNoPlace() {
        BadFileException e =
                catchThrowableOfType(BadFileException.class, () -> files.parse("{\"format\": \"character-studio\"}"));
        assertThat(e.getMessage()).isEqualTo("missing \"name\"");
        assertThat(e.where()).isEmpty();
    }
}
