package io.characterstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void emptyAndBlankTextHasNoWords() {
        assertThat(WordCount.of(null)).isZero();
        assertThat(WordCount.of("")).isZero();
        assertThat(WordCount.of(" \t\n\r\u00A0 ")).isZero();
    }

    @Test
    void wordsAreSeparatedBySpacesTabsAndLineBreaks() {
        assertThat(WordCount.of("one two\tthree\nfour\r\nfive")).isEqualTo(5);
        assertThat(WordCount.of("  leading and trailing  ")).isEqualTo(3);
        assertThat(WordCount.of("no\u00A0break\u2003em\u3000ideographic")).isEqualTo(4);
    }

    @Test
    void punctuationJoinedToAWordStaysPartOfIt() {
        assertThat(WordCount.of("Don't stop, well-known e-mail: 3.5 (really)!")).isEqualTo(6);
    }

    @Test
    void punctuationOrSymbolsStandingAloneAreNotWords() {
        assertThat(WordCount.of("wait - what ... ? \u2014 \uD83D\uDE00 ok")).isEqualTo(3);
    }

    @Test
    void unicodeLettersAndDigitsCount() {
        assertThat(WordCount.of("Zoë naïve café Ünïcödé")).isEqualTo(4);
        assertThat(WordCount.of("Привет мир")).isEqualTo(2);
        assertThat(WordCount.of("مرحبا بالعالم")).isEqualTo(2);
        assertThat(WordCount.of("2024 \uD835\uDFD8")).isEqualTo(2);
    }

    @Test
    void scriptsWithoutSpacesCountOneWordPerRun() {
        assertThat(WordCount.of("東京は大きい 都市です")).isEqualTo(2);
    }

    @Test
    void theLimitIsAThousandWords() {
        assertThat(WordCount.BACKSTORY_WORD_LIMIT).isEqualTo(1000);
        assertThat(WordCount.of("word ".repeat(1000))).isEqualTo(1000);
    }
}
