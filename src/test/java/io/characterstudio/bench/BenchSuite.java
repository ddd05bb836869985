package io.characterstudio.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark suite: every figure of the performance table, each against its goal, measured
 * with its baseline in the same run. {@code mvn -Pbench verify} runs it in full; the tiny
 * configuration (a few characters, one repetition) runs in {@code mvn verify} so that it cannot
 * rot, and asserts no time. Prints the table and writes target/bench/results.json; a full run
 * also appends a line to bench/history.jsonl.
 *
 * <p>Arguments: {@code full|tiny}, the output folder, the history file. The system property
 * {@code bench.only} picks groups of figures by name, comma-separated ({@value #GROUPS}); blank
 * or absent runs them all. A run that picks some writes no history line (it is not comparable).
 */
public final class BenchSuite {

    /** How big a run is. */
    record Config(
            String name,
            int bigCast,
            int bigWords,
            int bulkCast,
            int bulkTagged,
            int startRuns,
            int startWarmups,
            double loadSeconds,
            int sequentialSample,
            boolean jmhForked,
            int keystrokes,
            double holdSeconds) {
        static final Config FULL = new Config("full", 10_000, 600, 1_000, 200, 5, 1, 6, 100, true, 400, 5);
        static final Config TINY = new Config("tiny", 40, 50, 24, 6, 1, 0, 0.3, 3, false, 12, 0.5);
    }

    static final String GROUPS = "start,jmh,scroll,browse,bulk,sandbox,typing";
    static final long LATENCY_MS = 50;
    static final int CONCURRENCY = io.characterstudio.ui.main.BulkCommands.CONCURRENCY;

    private BenchSuite() {}

    public static void main(String[] args) throws Exception {
        Config config = args.length > 0 && args[0].equals("tiny") ? Config.TINY : Config.FULL;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench");
        Path history = args.length > 2 ? Path.of(args[2]) : null;
        List<Figure> figures = run(config, out, config == Config.FULL && picked("") ? history : null);
        System.out.println(table(figures));
        // JavaFX and the sandbox leave non-daemon threads behind: the suite is a process of its own.
        System.exit(0);
    }

    /** Runs every benchmark; writes results.json in {@code out} (and a history line when given). */
    static List<Figure> run(Config config, Path out, Path history) throws Exception {
        Files.createDirectories(out);
        List<Figure> figures = new ArrayList<>();
        Path big = Casts.fresh(out, config.bigCast(), config.bigWords(), 0);

        Map<String, Step> groups = new LinkedHashMap<>();
        groups.put("start", () -> coldStart(config, big, figures));
        groups.put("jmh", () -> microBenchmarks(config, big, figures));
        groups.put("scroll", () -> scroll(config, out, figures));
        groups.put("browse", () -> browse(config, out, figures));
        groups.put("bulk", () -> bulk(config, out, figures));
        groups.put("sandbox", () -> sandbox(config, big, figures));
        groups.put("typing", () -> typing(config, out, figures));
        for (Map.Entry<String, Step> group : groups.entrySet()) {
            if (picked(group.getKey())) {
                group.getValue().run();
            }
        }
        write(config, figures, out, history);
        return figures;
    }

    /** One group of figures. */
    private interface Step {
        void run() throws Exception;
    }

    /** Whether {@code group} is picked by {@code -Dbench.only} (every group is when it is blank; "" asks whether all are). */
    static boolean picked(String group) {
        String only = System.getProperty("bench.only", "").strip();
        return only.isEmpty()
                || !group.isEmpty() && List.of(only.split("\\s*,\\s*")).contains(group);
    }

    /** Cold start and resident memory, against a bare JavaFX window started the same way. */
    private static void coldStart(Config config, Path big, List<Figure> figures) throws Exception {
        List<ColdStart.Run> app = new ArrayList<>();
        List<ColdStart.Run> hello = new ArrayList<>();
        for (int i = 0; i < config.startWarmups() + config.startRuns(); i++) {
            ColdStart.Run a = ColdStart.start("io.characterstudio.app.Launcher", big, true);
            ColdStart.Run h = ColdStart.start(HelloWindow.Launcher.class.getName(), null, false);
            if (i >= config.startWarmups()) {
                app.add(a);
                hello.add(h);
            }
        }
        double appStart = median(app, ColdStart.Run::firstFrameMs);
        double helloStart = median(hello, ColdStart.Run::firstFrameMs);
        figures.add(new Figure(
                "Cold start to first frame, " + config.bigCast() + " characters",
                "bare JavaFX window: median " + ms(helloStart),
                "at most 1.3x baseline",
                "median " + ms(appStart) + " = " + x(appStart / helloStart) + " (library shown at median "
                        + ms(median(app, ColdStart.Run::libraryMs)) + ")",
                appStart / helloStart,
                appStart / helloStart <= 1.3));
        double appRss = median(app, ColdStart.Run::residentMb);
        double helloRss = median(hello, ColdStart.Run::residentMb);
        figures.add(new Figure(
                "Resident memory, " + config.bigCast() + " characters of " + config.bigWords() + " words",
                "bare JavaFX window: " + mb(helloRss),
                "under baseline + 300 MB",
                mb(appRss) + " = baseline + " + mb(appRss - helloRss),
                appRss - helloRss,
                appRss - helloRss < 300));
    }

    /** In-process micro-benchmarks (JMH, sampled per call). */
    private static void microBenchmarks(Config config, Path big, List<Figure> figures) throws Exception {
        Collection<RunResult> jmh = jmh(config, big);
        double filterP95 = percentile(jmh, "filterKeystroke", 95);
        figures.add(new Figure(
                "Library filter keystroke, " + config.bigCast() + " characters",
                "none",
                "p95 under 16 ms",
                "p50 " + ms(percentile(jmh, "filterKeystroke", 50)) + ", p95 " + ms(filterP95),
                filterP95,
                filterP95 < 16));
        double scopeP95 = percentile(jmh, "selectionScope", 95);
        figures.add(new Figure(
                "Find and replace scope, " + config.bigCast() + " rows selected",
                "none",
                "p95 under 16 ms",
                "p50 " + ms(percentile(jmh, "selectionScope", 50)) + ", p95 " + ms(scopeP95),
                scopeP95,
                scopeP95 < 16));
        double openMedian = percentile(jmh, "workspaceOpenAndList", 50);
        figures.add(new Figure(
                "Workspace open + list, " + config.bigCast() + " characters",
                "none",
                "median under 150 ms",
                "median " + ms(openMedian) + ", p95 " + ms(percentile(jmh, "workspaceOpenAndList", 95)),
                openMedian,
                openMedian < 150));
        double revisedP95 = percentile(jmh, "revisedBackstory", 95);
        double rewrittenP95 = percentile(jmh, "rewrittenBackstory", 95);
        figures.add(new Figure(
                "History word diff, two " + DiffJmh.WORDS + "-word backstories",
                "hand-written LCS table: p50 86 ms revised, 130 ms rewritten (loaded 2-core machine)",
                "p95 under 20 ms",
                "revised in places: p50 " + ms(percentile(jmh, "revisedBackstory", 50))
                        + ", p95 " + ms(revisedP95) + "; rewritten (worst case): p50 "
                        + ms(percentile(jmh, "rewrittenBackstory", 50)) + ", p95 " + ms(rewrittenP95),
                Math.max(revisedP95, rewrittenP95),
                revisedP95 < 20 && rewrittenP95 < 20));
    }

    /** The real app: scrolling the big cast. */
    private static void scroll(Config config, Path out, List<Figure> figures) throws Exception {
        AppBench.Gaps scroll = AppBench.scrollOnly(Casts.fresh(out, config.bigCast(), config.bigWords(), 0));
        figures.add(new Figure(
                "Library scroll, " + config.bigCast() + " rows top to bottom",
                "none",
                "p99 frame gap under 33 ms",
                scroll.frames() + " frames: median " + ms(scroll.median()) + ", p99 " + ms(scroll.p99()) + ", max "
                        + ms(scroll.max()),
                scroll.p99(),
                scroll.p99() < 33));
    }

    /** The real app: browsing the big cast by keyboard (Down held, then Page Down 40 times). */
    private static void browse(Config config, Path out, List<Figure> figures) throws Exception {
        BrowseBench.Result browse =
                BrowseBench.run(Casts.fresh(out, config.bigCast(), config.bigWords(), 0), config.holdSeconds());
        figures.add(new Figure(
                "Keyboard browsing, " + config.bigCast() + " rows: Down held " + config.holdSeconds() + " s, Page Down "
                        + BrowseBench.PAGE_DOWNS + " times",
                "none",
                "the selection follows every key",
                browse.followed() + " of " + browse.keys() + " keys followed"
                        + (browse.misses().isEmpty()
                                ? ""
                                : "; missed: "
                                        + String.join(
                                                "; ",
                                                browse.misses()
                                                        .subList(
                                                                0,
                                                                Math.min(
                                                                        5,
                                                                        browse.misses()
                                                                                .size())))),
                browse.keys() - browse.followed(),
                browse.followed() == browse.keys()));
        figures.add(new Figure(
                "Longest gap between JavaFX pulses while browsing",
                "none",
                "under 100 ms",
                "max " + ms(browse.pulses().max()) + ", p99 "
                        + ms(browse.pulses().p99()) + " (FX thread on a core " + ms(browse.fxCpuMs()) + " of "
                        + ms(browse.wallMs()) + ", collector " + ms(browse.gcMs()) + ")",
                browse.pulses().max(),
                browse.pulses().max() < 100));
        figures.add(new Figure(
                "Resident memory growth while browsing",
                "none",
                "under 50 MB",
                mb(browse.residentGrowthMb()),
                browse.residentGrowthMb(),
                browse.residentGrowthMb() < 50));
    }

    /** The real app: bulk refresh and clone with latency, and the sequential loops. */
    private static void bulk(Config config, Path out, List<Figure> figures) throws Exception {
        AppBench.Result bulk = AppBench.run(
                Casts.fresh(out, config.bulkCast(), 100, config.bulkTagged()), LATENCY_MS, config.sequentialSample());
        double ideal = bulk.refreshed() * (double) LATENCY_MS / CONCURRENCY;
        double overIdeal = bulk.refreshMs() / ideal;
        double refreshSpeedup = bulk.sequentialGetMs() / bulk.refreshMs();
        figures.add(new Figure(
                "Refresh " + bulk.refreshed() + " characters, " + LATENCY_MS + " ms latency",
                "ideal " + ms(ideal) + " (n x latency / " + CONCURRENCY + "); sequential gets "
                        + ms(bulk.sequentialGetMs()),
                "at most 1.25x ideal and at least 6x faster than sequential",
                ms(bulk.refreshMs()) + " = " + x(overIdeal) + " ideal, " + x(refreshSpeedup) + " faster",
                overIdeal,
                overIdeal <= 1.25 && refreshSpeedup >= 6));
        double cloneSpeedup = bulk.sequentialCloneMs() / bulk.cloneMs();
        figures.add(new Figure(
                "Bulk clone " + bulk.cloned() + " characters, " + LATENCY_MS + " ms latency",
                "sequential clone + rename loop " + ms(bulk.sequentialCloneMs()),
                "at least 6x faster",
                ms(bulk.cloneMs()) + " = " + x(cloneSpeedup) + " faster",
                cloneSpeedup,
                cloneSpeedup >= 6));
        double longestPulse =
                Math.max(bulk.refreshPulses().max(), bulk.clonePulses().max());
        figures.add(new Figure(
                "Longest gap between JavaFX pulses during the refresh and the clone",
                "none",
                "under 100 ms",
                "refresh " + ms(bulk.refreshPulses().max()) + ", clone "
                        + ms(bulk.clonePulses().max()),
                longestPulse,
                longestPulse < 100));
    }

    /** The sandbox against WireMock serving a canned answer. */
    private static void sandbox(Config config, Path big, List<Figure> figures) throws Exception {
        SandboxThroughput.Result rps = SandboxThroughput.run(big, config.loadSeconds());
        double ratio = rps.sandboxPerSecond() / rps.wireMockPerSecond();
        figures.add(new Figure(
                "Sandbox get requests/s, 8 threads, " + rps.stored() + " stored",
                "WireMock canned answer: " + String.format(Locale.ROOT, "%.0f/s", rps.wireMockPerSecond()),
                "at least 1x WireMock",
                String.format(Locale.ROOT, "%.0f/s = %s", rps.sandboxPerSecond(), x(ratio)),
                ratio,
                ratio >= 1));
    }

    /** The real app: a burst of keys into a 1,000-word backstory, each key to the frame that shows it. */
    private static void typing(Config config, Path out, List<Figure> figures) throws Exception {
        TypingBench.Result typed =
                TypingBench.run(Casts.fresh(out, config.bigCast(), config.bigWords(), 0), config.keystrokes());
        AppBench.Gaps keys = typed.latency();
        figures.add(new Figure(
                "Keystroke to frame, " + TypingBench.WORDS + "-word backstory, " + config.bigCast()
                        + " characters, history and find and replace opened",
                "none",
                "p95 under 16 ms, p99 under 33 ms",
                keys.frames() + " keys, one every " + TypingBench.KEY_INTERVAL_MS + " ms: p50 " + ms(keys.median())
                        + ", p95 " + ms(keys.p95()) + ", p99 " + ms(keys.p99()) + ", max " + ms(keys.max())
                        + "; CPU a key: JavaFX thread " + ms(typed.fxCpuMsPerKey()) + ", renderer "
                        + ms(typed.renderCpuMsPerKey())
                        + " (after a warm-up burst; from the key due to the end of the layout of the frame showing it,"
                        + " the software paint not included)",
                keys.p95(),
                keys.p95() < 16 && keys.p99() < 33));
    }

    private static Collection<RunResult> jmh(Config config, Path cast) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(LibraryJmh.class.getName() + ".*")
                .include(DiffJmh.class.getName() + ".*")
                .param("cast", cast.toString())
                .shouldFailOnError(true);
        if (config.jmhForked()) {
            options.forks(1)
                    .warmupIterations(3)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2))
                    .jvmArgs("-Xmx2g");
        } else {
            options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200));
        }
        return new Runner(options.build()).run();
    }

    private static double percentile(Collection<RunResult> results, String benchmark, double p) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH ran no " + benchmark))
                .getPrimaryResult()
                .getStatistics()
                .getPercentile(p);
    }

    private static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
        List<Double> sorted = runs.stream().map(value::applyAsDouble).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String table(List<Figure> figures) {
        StringBuilder b = new StringBuilder(
                "\n| Figure | Baseline | Goal | Measured | Result |\n| --- | --- | --- | --- | --- |\n");
        for (Figure f : figures) {
            b.append("| ")
                    .append(f.name())
                    .append(" | ")
                    .append(f.baseline())
                    .append(" | ")
                    .append(f.goal())
                    .append(" | ")
                    .append(f.measured())
                    .append(" | ")
                    .append(f.pass() ? "pass" : "**FAIL**")
                    .append(" |\n");
        }
        return b.toString();
    }

    private static void write(Config config, List<Figure> figures, Path out, Path history) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("date", Instant.now().toString());
        root.put("config", config.name());
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMb", memoryMb());
        machine.put("jdk", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode n = list.addObject();
            n.put("figure", f.name());
            n.put("baseline", f.baseline());
            n.put("goal", f.goal());
            n.put("measured", f.measured());
            n.put("value", f.value());
            n.put("pass", f.pass());
        }
        Files.writeString(
                out.resolve("results.json"),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        Files.writeString(out.resolve("results.md"), table(figures));
        if (history != null) {
            Files.createDirectories(history.toAbsolutePath().getParent());
            Files.writeString(
                    history,
                    mapper.writeValueAsString(root) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static long memoryMb() {
        return procKb(Path.of("/proc/meminfo"), "MemTotal:") / 1024;
    }

    /** A "Name: N kB" line of a /proc file, in kB; -1024 when there is none (not Linux). */
    static long procKb(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return -1024;
        }
        return -1024;
    }

    private static String ms(double v) {
        return v >= 1000 ? String.format(Locale.ROOT, "%.2f s", v / 1000) : String.format(Locale.ROOT, "%.1f ms", v);
    }

    private static String mb(double v) {
        return String.format(Locale.ROOT, "%.0f MB", v);
    }

    private static String x(double v) {
        return String.format(Locale.ROOT, "%.2fx", v);
    }
}
