package io.characterstudio.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main code runs work on the common fork-join pool (issue 17): every asynchronous step of a
 * {@code CompletableFuture} names its executor (the app's named pools, or the FX thread), so a
 * thread dump says whose work it is and start-up work never waits behind a parallel stream.
 */
class CommonPoolTest {

    private static final Path MAIN = Path.of("src/main/java/io/characterstudio");
    /** The asynchronous steps, with how many arguments they take without an executor. */
    private static final Map<String, Integer> WITHOUT_EXECUTOR = Map.ofEntries(
            Map.entry("supplyAsync", 1),
            Map.entry("runAsync", 1),
            Map.entry("thenApplyAsync", 1),
            Map.entry("thenAcceptAsync", 1),
            Map.entry("thenRunAsync", 1),
            Map.entry("thenComposeAsync", 1),
            Map.entry("handleAsync", 1),
            Map.entry("whenCompleteAsync", 1),
            Map.entry("exceptionallyAsync", 1),
            Map.entry("exceptionallyComposeAsync", 1),
            Map.entry("thenCombineAsync", 2),
            Map.entry("thenAcceptBothAsync", 2),
            Map.entry("runAfterBothAsync", 2),
            Map.entry("applyToEitherAsync", 2),
            Map.entry("acceptEitherAsync", 2),
            Map.entry("runAfterEitherAsync", 2));

    private static final Pattern CALL = Pattern.compile("\\.(\\w+Async)\\(");

    @Test
    void everyAsynchronousStepNamesItsExecutor() throws IOException {
        List<String> onCommonPool = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(file);
                Matcher m = CALL.matcher(code);
                while (m.find()) {
                    Integer without = WITHOUT_EXECUTOR.get(m.group(1));
                    if (without != null && arguments(code, m.end()) == without) {
                        int line = (int) code.substring(0, m.start())
                                        .chars()
                                        .filter(c -> c == '\n')
                                        .count()
                                + 1;
                        onCommonPool.add(MAIN.relativize(file) + ":" + line + ": " + m.group(1));
                    }
                }
                if (code.contains("parallelStream(") || code.contains("ForkJoinPool.commonPool")) {
                    onCommonPool.add(MAIN.relativize(file) + ": a parallel stream or the common pool");
                }
            }
        }
        assertThat(onCommonPool).isEmpty();
    }

    /** The number of arguments of the call whose "(" ends just before {@code from} (strings, chars, comments skipped). */
    private static int arguments(String code, int from) {
        int depth = 1;
        int commas = 0;
        boolean any = false;
        for (int i = from; i < code.length() && depth > 0; i++) {
            char c = code.charAt(i);
            if (code.startsWith("//", i) || code.startsWith("/*", i)) {
                int end = code.startsWith("//", i) ? code.indexOf('\n', i) : code.indexOf("*/", i) + 1;
                if (end <= 0) {
                    break;
                }
                i = end;
                continue;
            }
            if (c == '"' || c == '\'') {
                for (i++; i < code.length() && code.charAt(i) != c; i++) {
                    if (code.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 1) {
                commas++;
            }
            if (depth > 0 && !Character.isWhitespace(c)) {
                any = true;
            }
        }
        return any ? commas + 1 : 0;
    }
}
