package io.characterstudio.bench;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/** Generated data folders, made once and kept under target/bench (each run starts from a fresh copy). */
final class Casts {

    /** The tag on the characters a bulk benchmark selects. */
    static final String BULK_TAG = "bench-bulk";

    private Casts() {}

    /** A fresh copy of a cast of {@code count} characters of about {@code words} words. */
    static Path fresh(Path benchDir, int count, int words, int tagged) throws Exception {
        Path master = benchDir.resolve("cast-" + count + "-" + words);
        if (!Files.exists(master.resolve("done"))) {
            deleteTree(master);
            CastGenerator.generate(master, count, words);
            try (Workspace w = Workspace.open(master, JsonMapper.builder().build(), Clock.systemUTC())) {
                List<String> ids = w.knownCharacters().list(CastGenerator.CONNECTION).stream()
                        .filter(k -> k.origin() == KnownCharacter.Origin.CREATED)
                        .map(KnownCharacter::id)
                        .sorted()
                        .limit(tagged)
                        .toList();
                w.tags().add(CastGenerator.CONNECTION, ids, BULK_TAG);
            }
            Files.writeString(master.resolve("done"), "");
        }
        Path copy = benchDir.resolve("run-" + count + "-" + words);
        deleteTree(copy);
        copyTree(master, copy);
        return copy;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("workspace.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
