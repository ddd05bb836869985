package io.characterstudio.bench;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.store.Workspace;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.library.LibraryViewModel;
import javafx.beans.property.SimpleObjectProperty;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The library at scale, without the window: how long the workspace takes to open and list the
 * cast, how long each keystroke of typed queries takes to filter it (a distribution), and the
 * heap the loaded library holds. Prints the figures; asserts nothing (the benchmark suite
 * compares them with the goals).
 */
public final class LibraryScale {

    /** Typed queries: each prefix is one keystroke. */
    static final List<String> QUERIES = List.of("rivertown", "ada ashdown", "lang:fr", "voice:en", "#none",
            "harbour lantern", "zzz");

    private LibraryScale() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/cast");
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        measure(dir, repetitions).forEach((k, v) -> System.out.printf(Locale.ROOT, "%-34s %s%n", k, v));
    }

    /** The figures, by name; times in milliseconds. */
    public static Map<String, String> measure(Path dir, int repetitions) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, String> out = new LinkedHashMap<>();
        List<Double> openTimes = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < repetitions + 1; i++) {
            long t0 = System.nanoTime();
            try (Workspace w = Workspace.open(dir, mapper, Clock.systemUTC())) {
                count = w.knownCharacters().list(CastGenerator.CONNECTION).size();
            }
            if (i > 0) {
                openTimes.add((System.nanoTime() - t0) / 1e6);
            }
        }
        out.put("characters", Integer.toString(count));
        out.put("workspace open + list (median ms)", fmt(percentile(openTimes, 50)));

        try (Workspace w = Workspace.open(dir, mapper, Clock.systemUTC())) {
            ConvaiClient unused = new ConvaiClient(ConvaiSettings.of(URI.create("http://127.0.0.1:9/"), "none"), mapper);
            CharacterService service = new CharacterService(CastGenerator.CONNECTION, unused, w.knownCharacters(),
                    w.revisions(), w.tags(), Runnable::run);
            DraftJournal drafts = new DraftJournal(w.drafts(), (task, delay) -> task.run(), Runnable::run, Duration.ZERO);
            Session session = new Session(new ConnectionInfo(CastGenerator.CONNECTION, "Sandbox",
                    URI.create("http://127.0.0.1:9/"), true), service);
            System.gc();
            long before = usedHeap();
            LibraryViewModel library = new LibraryViewModel(new SimpleObjectProperty<>(session), drafts,
                    new StatusModel(), Runnable::run);
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                long t0 = System.nanoTime();
                library.refresh().join();
                loads.add((System.nanoTime() - t0) / 1e6);
            }
            out.put("library load, rows built (median ms)", fmt(percentile(loads, 50)));
            System.gc();
            out.put("library heap (MB)", fmt((usedHeap() - before) / 1048576.0));

            List<Double> keystrokes = new ArrayList<>();
            for (int r = 0; r < repetitions; r++) {
                for (String q : QUERIES) {
                    for (int end = 1; end <= q.length(); end++) {
                        long t0 = System.nanoTime();
                        library.filterProperty().set(q.substring(0, end));
                        library.visible().size(); // what the list view reads next
                        keystrokes.add((System.nanoTime() - t0) / 1e6);
                    }
                    library.filterProperty().set("");
                }
            }
            out.put("filter keystrokes measured", Integer.toString(keystrokes.size()));
            out.put("filter keystroke p50 (ms)", fmt(percentile(keystrokes, 50)));
            out.put("filter keystroke p95 (ms)", fmt(percentile(keystrokes, 95)));
            out.put("filter keystroke max (ms)", fmt(percentile(keystrokes, 100)));
        }
        return out;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
