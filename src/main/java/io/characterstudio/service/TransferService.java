package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.PortableCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.CharacterFiles.Format;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Export to files and import from them, for one connection. An import is planned first (each
 * file read and checked; an item whose ID is known on the connection is matched by that ID first,
 * always, so clones that share a name and backstory are each updated; only an item without a known
 * ID is compared by name and backstory, with the plan's earlier items and the library) and then run item by
 * item: a broken file is one failed item, never the end of the run (whatever a file makes go wrong
 * while it is read and planned is that file's INVALID item, with the reason), and running the same
 * import again finds what the first run made and skips it. Files of the same name from different
 * folders get keys "name", "name (2)"… An export writes each character under a file name safe on
 * every operating system ({@link ExportNames}), or under "character-&lt;id&gt;" when the file system
 * refuses that name, and says so in the item's notes; see {@link Source} for where it reads.
 */
public final class TransferService {

    private static final Logger LOG = LoggerFactory.getLogger(TransferService.class);

    /** What an import does with one item. */
    public enum Action { CREATE, UPDATE, ADD_ID, SKIP, INVALID }

    /**
     * One thing to import: a character from a file, or an ID from a list, or a file that cannot be
     * used (INVALID, with the reason).
     *
     * @param key    unique in the plan: the file name, with "#n" for the n-th ID of a list
     * @param reason why this action was proposed, in words
     */
    public record ImportItem(String key, Path file, Optional<PortableCharacter> character, Optional<String> id,
                             Action action, String reason, List<String> notes) {
        public ImportItem {
            notes = List.copyOf(notes);
        }

        public ImportItem withAction(Action chosen) {
            return new ImportItem(key, file, character, id, chosen, reason, notes);
        }

        /** The name to show: the character's, the ID, or the file's. */
        public String title() {
            return character.map(c -> c.fields().name()).or(() -> id).orElseGet(() -> displayName(file));
        }
    }

    private final CharacterFiles files;

    public TransferService(CharacterFiles files) {
        this.files = files;
    }

    /** What an export wrote for one character, and notes such as a file name the file system refused. */
    public record Exported(List<Path> files, List<String> notes) {
        public Exported {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    /** Where an export takes each character from. */
    public enum Source {
        /** This computer's copy when it is complete (the default; works offline), else the server's. */
        WORKSPACE,
        /** The server's copy, read again for every character ("refresh from the server first"). */
        SERVER
    }

    /** An export folder that cannot be used (nor made), with the reason in words; nothing was exported. */
    public static final class FolderRefused extends RuntimeException {
        public FolderRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Makes the export folder (and its parents) when it does not exist, before any character is read;
     * throws {@link FolderRefused} (and logs it) when it cannot. Does I/O: call it off the JavaFX thread.
     *
     * @return whether the folder was made (it did not exist)
     */
    public boolean prepareFolder(Path folder) {
        return CharacterExport.prepareFolder(folder);
    }

    /**
     * Writes each character to {@code folder} (made first when missing) in each format, taken from
     * {@code source} as {@link CharacterExport} says; every failure is logged with its exception.
     */
    public BulkRun<String, Exported> export(CharacterService service, List<String> ids, Path folder, Set<Format> formats,
                                    Source source, int concurrency, Executor bulkExecutor,
                                    Consumer<ItemResult<String, Exported>> onItem) {
        return new CharacterExport(files, service, folder, formats, source, ZoneId.systemDefault())
                .start(ids, concurrency, bulkExecutor, onItem);
    }

    /** Reads and checks every file, and proposes an action per item; runs on {@code executor}. */
    public CompletableFuture<List<ImportItem>> plan(CharacterService service, List<Path> paths, Executor executor) {
        return service.languages().thenApplyAsync(languages -> {
            List<KnownCharacter> present = service.calls().present();
            Map<String, KnownCharacter> byId = new HashMap<>();
            present.forEach(k -> byId.put(k.id(), k));
            Map<String, String> byNameAndStory = new HashMap<>();
            Set<String> codes = new HashSet<>();
            languages.forEach(l -> codes.add(l.code()));
            List<ImportItem> items = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (Path path : paths) {
                String name = uniqueName(displayName(path), names);
                List<ImportItem> fromFile = new ArrayList<>();
                try {
                    planFile(service, name, path, fromFile, byId, byNameAndStory, codes, present);
                } catch (RuntimeException e) {
                    fromFile.clear();
                    fromFile.add(new ImportItem(name, path, Optional.empty(), Optional.empty(), Action.INVALID,
                            reasonOf(name, e), List.of()));
                }
                items.addAll(fromFile);
            }
            return items;
        }, executor);
    }

    private static String displayName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /** {@code name}, or "name (2)", "name (3)"… when files of the same name from different folders are imported. */
    private static String uniqueName(String name, Set<String> used) {
        String unique = name;
        for (int n = 2; !used.add(unique); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }

    /** The items of one file, added to {@code out}; throws when the file cannot be used. */
    private void planFile(CharacterService service, String name, Path path, List<ImportItem> out,
                          Map<String, KnownCharacter> byId, Map<String, String> byNameAndStory, Set<String> codes,
                          List<KnownCharacter> present) {
        CharacterFiles.Parsed parsed = files.read(path);
        int n = 0;
        for (String id : parsed.ids()) {
            n++;
            boolean known = byId.containsKey(id);
            out.add(new ImportItem(name + "#" + n, path, Optional.empty(), Optional.of(id),
                    known ? Action.SKIP : Action.ADD_ID,
                    known ? "already in the library" : "add to the library (read from the server)", List.of()));
        }
        for (PortableCharacter c : parsed.characters()) {
            out.add(planCharacter(service, name, path, c, parsed.notes(), byId, byNameAndStory, codes, present));
        }
    }

    /** Why a file failed: a {@link CharacterFiles.BadFileException}'s reason in plain words ({@link JsonReasons}), or what else went wrong with it. */
    private static String reasonOf(String name, RuntimeException e) {
        if (e instanceof CharacterFiles.BadFileException) {
            return JsonReasons.plain(e); // the parser's words made plain: "the file ends in the middle (line 1, …)"
        }
        LOG.warn("Import: {} could not be read", name, e);
        String message = e.getMessage() == null ? "" : ": " + ExportNames.cut(e.getMessage().strip(), 200);
        return "cannot be read (" + e.getClass().getSimpleName() + message + ")";
    }

    private ImportItem planCharacter(CharacterService service, String key, Path path, PortableCharacter c,
                                     List<String> notes, Map<String, KnownCharacter> byId,
                                     Map<String, String> seenInPlan, Set<String> codes, List<KnownCharacter> present) {
        var problems = CharacterRules.check(c.fields(), codes::contains);
        if (!problems.isEmpty()) {
            return new ImportItem(key, path, Optional.of(c), c.id(), Action.INVALID, "not a valid character: "
                    + String.join("; ", problems.stream().map(p -> p.message()).toList()), notes);
        }
        String identity = c.fields().name() + "\u0000" + c.fields().backstory();
        String earlier = seenInPlan.putIfAbsent(identity, key);
        @Nullable KnownCharacter comparing = null;
        try {
            if (c.id().isPresent() && byId.containsKey(c.id().get())) {
                KnownCharacter k = byId.get(c.id().get());
                comparing = k;
                CharacterFields current = fieldsOf(service, k);
                return current.equals(c.fields())
                        ? new ImportItem(key, path, Optional.of(c), c.id(), Action.SKIP, "unchanged (same ID, same fields)",
                        notes)
                        : new ImportItem(key, path, Optional.of(c), c.id(), Action.UPDATE, "update \"" + k.name()
                        + "\" (same ID; changed: " + String.join(", ", current.changesTo(c.fields()).changedFields()) + ")",
                        notes);
            }
            if (earlier != null) {
                return new ImportItem(key, path, Optional.of(c), c.id(), Action.SKIP,
                        "the same character as " + earlier + " (same name and backstory)", notes);
            }
            for (KnownCharacter k : present) {
                comparing = k;
                if (k.name().equals(c.fields().name()) && fieldsOf(service, k).backstory().equals(c.fields().backstory())) {
                    return new ImportItem(key, path, Optional.of(c), Optional.of(k.id()), Action.SKIP,
                            "already here as " + k.id() + " (same name and backstory)", notes);
                }
            }
        } catch (RuntimeException e) {
            if (comparing == null) {
                throw e; // failed before any comparison: not a backstory that could not be read
            }
            // Comparing with an empty backstory would propose a duplicate: the item fails instead.
            return new ImportItem(key, path, Optional.of(c), c.id(), Action.INVALID, "could not be compared with \""
                    + comparing.name() + "\" (" + comparing.id() + "), whose backstory could not be read: "
                    + FailureMessages.describe(e, comparing.id()), notes);
        }
        return new ImportItem(key, path, Optional.of(c), c.id(), Action.CREATE, "create a new character", notes);
    }

    /**
     * A known character's fields; the backstory is read from the server when the library has none
     * yet (a failed read throws: the caller says what failed).
     */
    private static CharacterFields fieldsOf(CharacterService service, KnownCharacter k) {
        if (k.backstory().isPresent()) {
            return k.fields();
        }
        return service.calls().read(k.id(), Origin.OPENED_BY_ID).fields();
    }

    /** Runs the CREATE, UPDATE and ADD_ID items (the others are not run); item values say what was done. */
    public BulkRun<String, String> run(CharacterService service, List<ImportItem> items, int concurrency, Executor bulkExecutor,
                               Consumer<ItemResult<String, String>> onItem) {
        Map<String, ImportItem> byKey = new LinkedHashMap<>();
        items.stream().filter(i -> i.action() == Action.CREATE || i.action() == Action.UPDATE
                || i.action() == Action.ADD_ID).forEach(i -> byKey.put(i.key(), i));
        return BulkRun.start(List.copyOf(byKey.keySet()), concurrency, bulkExecutor, key -> {
            ImportItem item = Objects.requireNonNull(byKey.get(key));
            switch (item.action()) {
                case ADD_ID -> {
                    String id = item.id().orElseThrow();
                    ServerCharacter c = service.calls().read(id, Origin.IMPORTED);
                    return "added \"" + c.name() + "\" (" + id + ")";
                }
                case UPDATE -> {
                    PortableCharacter p = item.character().orElseThrow();
                    String id = p.id().orElseThrow();
                    ServerCharacter now = service.calls().current(id);
                    service.calls().save(now, p.fields(), false);
                    keepLocal(service, id, p);
                    return "updated " + id;
                }
                default -> {
                    PortableCharacter p = item.character().orElseThrow();
                    CreatedCharacter created = join(service.create(p.fields()));
                    String id = created.character().id();
                    service.calls().record(created.character(), Origin.IMPORTED, p.clonedFrom().orElse(null));
                    keepLocal(service, id, p);
                    return "created as " + id + created.languagesNotSet().map(e -> " (languages not set: "
                            + FailureMessages.describe(e, "") + ")").orElse("");
                }
            }
        }, onItem);
    }

    private static void keepLocal(CharacterService service, String id, PortableCharacter p) {
        service.tags().keepImported(id, p.tags(), p.otherExtensions());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
