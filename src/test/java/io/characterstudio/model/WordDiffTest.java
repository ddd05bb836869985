package io.characterstudio.model;

import static io.characterstudio.model.WordDiff.Kind.ADDED;
import static io.characterstudio.model.WordDiff.Kind.REMOVED;
import static io.characterstudio.model.WordDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String side(List<WordDiff.Segment> diff, WordDiff.Kind skip) {
        return diff.stream()
                .filter(s -> s.kind() != skip)
                .map(WordDiff.Segment::text)
                .collect(Collectors.joining());
    }

    @Test
    void findsTheWordsAddedAndRemoved() {
        List<WordDiff.Segment> d =
                WordDiff.of("Ann keeps the old lighthouse now.", "Ann keeps the new lighthouse now.");
        assertThat(d)
                .containsExactly(
                        new WordDiff.Segment(SAME, "Ann keeps the "),
                        new WordDiff.Segment(REMOVED, "old "),
                        new WordDiff.Segment(ADDED, "new "),
                        new WordDiff.Segment(SAME, "lighthouse now."));
        assertThat(WordDiff.counts(d)).containsExactly(1, 1);
    }

    @Test
    void punctuationStaysWithItsWord() {
        List<WordDiff.Segment> d = WordDiff.of("the lighthouse.", "the lighthouse and a cat.");
        assertThat(d)
                .containsExactly(
                        new WordDiff.Segment(SAME, "the "),
                        new WordDiff.Segment(REMOVED, "lighthouse."),
                        new WordDiff.Segment(ADDED, "lighthouse and a cat."));
        assertThat(WordDiff.counts(d)).containsExactly(4, 1);
    }

    @Test
    void eachSideCanBeRebuiltExactly() {
        String a = "Line one.\nLine  two with  spaces.\n\nThe end";
        String b = "Line one.\nLine two, changed.\n\nThe end!";
        List<WordDiff.Segment> d = WordDiff.of(a, b);
        assertThat(side(d, ADDED).replaceAll("\\s+", " ")).isEqualTo(a.replaceAll("\\s+", " "));
        assertThat(side(d, REMOVED)).isEqualTo(b);
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(WordDiff.of("same words", "same words")).containsExactly(new WordDiff.Segment(SAME, "same words"));
        assertThat(WordDiff.of("", "")).isEmpty();
        assertThat(WordDiff.of("", "new")).containsExactly(new WordDiff.Segment(ADDED, "new"));
        assertThat(WordDiff.of("old", "")).containsExactly(new WordDiff.Segment(REMOVED, "old"));
    }

    @Test
    void longTextsWithFewChangesNeedNoTableOfEveryPairOfWords() {
        String before = "word ".repeat(60_000) + "old " + "word ".repeat(60_000);
        String after = "word ".repeat(60_000) + "new " + "word ".repeat(60_000);
        List<WordDiff.Segment> d = WordDiff.of(before, after);
        assertThat(d).extracting(WordDiff.Segment::kind).containsExactly(SAME, REMOVED, ADDED, SAME);
        assertThat(d.get(1).text()).isEqualTo("old ");
        assertThat(side(d, REMOVED)).isEqualTo(after);
    }
}
