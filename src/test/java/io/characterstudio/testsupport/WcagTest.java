package io.characterstudio.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WcagTest {

    @Test
    void luminanceRunsFromBlackToWhite() {
        assertThat(Wcag.luminance(0xFF000000)).isEqualTo(0.0);
        assertThat(Wcag.luminance(0xFFFFFFFF)).isCloseTo(1.0, within(1e-9));
        // Mid grey #777777: 0.184 by the WCAG formula (the low-end linear segment is not used).
        assertThat(Wcag.luminance(0xFF777777)).isCloseTo(0.1845, within(1e-3));
    }

    @Test
    void ratioIsSymmetricAndMatchesKnownPairs() {
        assertThat(Wcag.ratio(0xFF000000, 0xFFFFFFFF)).isCloseTo(21.0, within(1e-9));
        assertThat(Wcag.ratio(0xFFFFFFFF, 0xFF000000)).isCloseTo(21.0, within(1e-9));
        assertThat(Wcag.ratio(0xFF123456, 0xFF123456)).isEqualTo(1.0);
        // Primer dark's subtle text on its background: the 4.12:1 issue 16 reports.
        assertThat(Wcag.ratio(0xFF6E7681, 0xFF0D1117)).isCloseTo(4.12, within(0.01));
        // Primer light's accent on white: 5.19:1.
        assertThat(Wcag.ratio(0xFF0969DA, 0xFFFFFFFF)).isCloseTo(5.19, within(0.01));
    }

    @Test
    void alphaIsIgnoredAndHexIsSixDigits() {
        assertThat(Wcag.ratio(0x00FFFFFF, 0xFF000000)).isCloseTo(21.0, within(1e-9));
        assertThat(Wcag.hex(0xFF0969DA)).isEqualTo("#0969da");
    }
}
