package io.characterstudio.bench;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.store.Workspace;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.replace.FindReplaceViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;

/**
 * JMH micro-benchmarks of the library at scale, sampled per call (distributions, not single
 * times): one keystroke of a typed query through the library's filter, find and replace's scope
 * with every row selected, and opening the workspace to list the known characters.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LibraryJmh {

    /** Typed queries: each prefix is one keystroke. */
    static final List<String> QUERIES =
            List.of("rivertown", "ada ashdown", "lang:fr", "voice:en", "#none", "harbour lantern", "zzz");

    /** A query typed one key at a time, then cleared: every prefix is one call. */
    @State(Scope.Benchmark)
    public static class Typing {
        @Param("target/bench/cast")
        public String cast;

        Workspace workspace;
        LibraryViewModel library;
        final List<String> keystrokes = new ArrayList<>();
        int next;

        @Setup(Level.Trial)
        public void load() {
            workspace = Workspace.open(Path.of(cast), JsonMapper.builder().build(), Clock.systemUTC());
            URI nowhere = URI.create("http://127.0.0.1:9/");
            CharacterService service = new CharacterService(
                    CastGenerator.CONNECTION,
                    new ConvaiClient(
                            ConvaiSettings.of(nowhere, "none"),
                            JsonMapper.builder().build()),
                    workspace.knownCharacters(),
                    workspace.revisions(),
                    workspace.tags(),
                    Runnable::run);
            DraftJournal drafts =
                    new DraftJournal(workspace.drafts(), (task, delay) -> task.run(), Runnable::run, Duration.ZERO);
            library = new LibraryViewModel(
                    new SimpleObjectProperty<>(new Session(
                            new ConnectionInfo(CastGenerator.CONNECTION, "Sandbox", nowhere, true), service)),
                    drafts,
                    new StatusModel(),
                    Runnable::run);
            library.refresh().join();
            library.selectedIds()
                    .setAll(library.all().stream().map(LibraryItem::id).toList());
            for (String q : QUERIES) {
                for (int end = 1; end <= q.length(); end++) {
                    keystrokes.add(q.substring(0, end));
                }
                keystrokes.add("");
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            workspace.close();
        }
    }

    /** The data folder whose workspace is opened. */
    @State(Scope.Benchmark)
    public static class Folder {
        @Param("target/bench/cast")
        public String cast;
    }

    @Benchmark
    public int filterKeystroke(Typing t) {
        t.library.filterProperty().set(t.keystrokes.get(t.next++ % t.keystrokes.size()));
        return t.library.visible().size();
    }

    /** Find and replace's scope when every row of the cast is selected. */
    @Benchmark
    public int selectionScope(Typing t) {
        return FindReplaceViewModel.inSelection(t.library.all(), t.library.selectedIds())
                .size();
    }

    @Benchmark
    public int workspaceOpenAndList(Folder f) {
        try (Workspace w = Workspace.open(Path.of(f.cast), JsonMapper.builder().build(), Clock.systemUTC())) {
            return w.knownCharacters().list(CastGenerator.CONNECTION).size();
        }
    }
}
