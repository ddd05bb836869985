package io.characterstudio.bench;

import io.characterstudio.model.WordDiff;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH micro-benchmarks of History's word diff, sampled per call: two revisions of a 1,000-word
 * backstory that differ in a few places (the everyday case), and two unrelated 1,000-word
 * backstories (the worst case: almost every word differs).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffJmh {

    /** The number of words of each backstory. */
    static final int WORDS = 1000;

    private static final String[] VOCABULARY = ("the a of and to in was her his their with from old river town"
                    + " night story secret letter lantern harbour market road forest winter summer friend enemy promise"
                    + " debt song ship bell tower garden library map key storm fire bread silver iron glass stone shadow"
                    + " light remembers keeps sells guards hides writes sings builds mends trades whispers")
            .split(" ");

    /** The texts compared, made once from fixed seeds. */
    @State(Scope.Benchmark)
    public static class Texts {
        String before;
        String revised;
        String rewritten;

        @Setup(Level.Trial)
        public void make() {
            before = backstory(new Random(17), null);
            revised = backstory(new Random(17), new Random(42));
            rewritten = backstory(new Random(99), null);
        }
    }

    /**
     * A backstory of {@link #WORDS} words with a sentence break every 14 words; with {@code edits},
     * about one word in 25 is replaced and one in 50 gets a word inserted after it.
     */
    static String backstory(Random words, Random edits) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < WORDS; w++) {
            String word = VOCABULARY[words.nextInt(VOCABULARY.length)];
            int edit = edits == null ? 99 : edits.nextInt(50);
            b.append(edit < 2 ? "changed" : word).append(w % 14 == 13 ? ".\n" : " ");
            if (edit == 2) {
                b.append("inserted ");
            }
        }
        return b.toString();
    }

    @Benchmark
    public List<WordDiff.Segment> revisedBackstory(Texts t) {
        return WordDiff.of(t.before, t.revised);
    }

    @Benchmark
    public List<WordDiff.Segment> rewrittenBackstory(Texts t) {
        return WordDiff.of(t.before, t.rewritten);
    }
}
