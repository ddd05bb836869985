package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.service.CharacterFiles.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Export file names: cut by code points, safe on Windows on every OS, an ASCII fallback. */
class ExportNamesTest {

    private static final String ID = "7bd3274c-0000-4000-8000-000000000000";

    @Test
    void aLongNameIsCutByCodePointsNeverInsideASurrogatePair() {
        String name = "a" + "\uD840\uDC00".repeat(60);
        String file = ExportNames.fileName(name, ID, Format.STUDIO);
        assertThat(file).isEqualTo("a" + "\uD840\uDC00".repeat(39) + "-7bd3274c.character.json");
        assertThat(hasLoneSurrogate(file)).isFalse();
        for (int length = 30; length < 50; length++) {
            assertThat(hasLoneSurrogate(
                            ExportNames.fileName("\uD83D\uDE00x\uD840\uDC00".repeat(length), ID, Format.CARD_V2)))
                    .isFalse();
        }
    }

    @Test
    void lettersOfAnyScriptAndTheirMarksAreKept() {
        assertThat(ExportNames.fileName("Zoë the Bard", ID, Format.STUDIO))
                .isEqualTo("zoë-the-bard-7bd3274c.character.json");
        assertThat(ExportNames.fileName("Zoe\u0308", ID, Format.STUDIO)).isEqualTo("zoë-7bd3274c.character.json");
        assertThat(ExportNames.fileName("नमस्ते", ID, Format.STUDIO)).isEqualTo("नमस्ते-7bd3274c.character.json");
        assertThat(ExportNames.fileName("CON", ID, Format.STUDIO)).isEqualTo("con-7bd3274c.character.json");
        assertThat(ExportNames.fileName("<>:\"/\\|?*", ID, Format.STUDIO))
                .isEqualTo("character-7bd3274c.character.json");
        assertThat(ExportNames.fileName("Ann", "", Format.STUDIO)).isEqualTo("ann.character.json");
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "CON => _CON",
                "con.character.json => _con.character.json",
                "Nul.txt => _Nul.txt",
                "aux .json => _aux .json",
                "COM1 => _COM1",
                "lpt9.card.json => _lpt9.card.json",
                "COM\u00b9.json => _COM\u00b9.json",
                "COM0.json => COM0.json",
                "console.json => console.json",
                "a<b>c:d\"e/f\\g|h?i*j.json => a-b-c-d-e-f-g-h-i-j.json",
                "tab\there.json => tab-here.json",
                "ends in dots... => ends in dots",
                "ends in spaces . .  => ends in spaces",
                "... => _",
            })
    void windowsRulesApplyOnEveryOs(String given, String expected) {
        assertThat(ExportNames.windowsSafe(given)).isEqualTo(expected);
    }

    @Test
    void theFallbackIsAsciiAndCarriesTheWholeId() {
        assertThat(ExportNames.fallback(ID, Format.STUDIO)).isEqualTo("character-" + ID + ".character.json");
        assertThat(ExportNames.fallback("é/..\\x", Format.CARD_V2)).isEqualTo("character-x.card.json");
    }

    private static boolean hasLoneSurrogate(String s) {
        return !s.equals(new String(
                s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
    }
}
