package io.characterstudio.service;

import io.characterstudio.model.PortableCharacter;
import io.characterstudio.service.CharacterFiles.Format;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
 * refuses that name, and says so in the item's notes; see {@link Source} for where it reads. The
 * pieces: {@link ImportPlanner} plans, {@link ImportRun} runs, {@link CharacterExport} exports.
 */
public final class TransferService {

    /** What an import does with one item. */
    public enum Action {
        CREATE,
        UPDATE,
        ADD_ID,
        SKIP,
        INVALID
    }

    /**
     * One thing to import: a character from a file, or an ID from a list, or a file that cannot be
     * used (INVALID, with the reason).
     *
     * @param key    unique in the plan: the file name, with "#n" for the n-th ID of a list
     * @param reason why this action was proposed, in words
     */
    public record ImportItem(
            String key,
            Path file,
            Optional<PortableCharacter> character,
            Optional<String> id,
            Action action,
            String reason,
            List<String> notes) {
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
    public BulkRun<String, Exported> export(
            CharacterService service,
            List<String> ids,
            Path folder,
            Set<Format> formats,
            Source source,
            int concurrency,
            Executor bulkExecutor,
            Consumer<ItemResult<String, Exported>> onItem) {
        return new CharacterExport(files, service, folder, formats, source, ZoneId.systemDefault())
                .start(ids, concurrency, bulkExecutor, onItem);
    }
    /** Reads and checks every file, and proposes an action per item ({@link ImportPlanner}); runs on {@code executor}. */
    public CompletableFuture<List<ImportItem>> plan(CharacterService service, List<Path> paths, Executor executor) {
        return new ImportPlanner(files, service).plan(paths, executor);
    }

    /** Runs the CREATE, UPDATE and ADD_ID items (the others are not run; {@link ImportRun}); item values say what was done. */
    public BulkRun<String, String> run(
            CharacterService service,
            List<ImportItem> items,
            int concurrency,
            Executor bulkExecutor,
            Consumer<ItemResult<String, String>> onItem) {
        return ImportRun.start(service, items, concurrency, bulkExecutor, onItem);
    }

    static String displayName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
