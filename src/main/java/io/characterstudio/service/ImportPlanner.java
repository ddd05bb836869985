package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.PortableCharacter;
import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.ImportItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planning half of an import (see {@link TransferService}): reads and checks each file and
 * proposes one action per item. An item whose ID is known on the connection is matched by that ID
 * first; only an item without a known ID is compared by name and backstory, with the plan's
 * earlier items and the library. Whatever a file makes go wrong is that file's INVALID item, with
 * the reason; a backstory that cannot be read makes the item INVALID rather than a duplicate.
 */
final class ImportPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportPlanner.class);

    private final CharacterFiles files;
    private final CharacterService service;
    private final Map<String, KnownCharacter> byId = new HashMap<>();
    /** Name and backstory of each character planned so far, to the key of its item. */
    private final Map<String, String> seenInPlan = new HashMap<>();

    private final Set<String> codes = new HashSet<>();
    private List<KnownCharacter> present = List.of();

    ImportPlanner(CharacterFiles files, CharacterService service) {
        this.files = files;
        this.service = service;
    }

    /** Plans the import of {@code paths} on {@code executor}; use a planner once. */
    CompletableFuture<List<ImportItem>> plan(List<Path> paths, Executor executor) {
        return service.languages()
                .thenApplyAsync(
                        languages -> {
                            present = service.calls().present();
                            present.forEach(k -> byId.put(k.id(), k));
                            languages.forEach(l -> codes.add(l.code()));
                            List<ImportItem> items = new ArrayList<>();
                            Set<String> names = new HashSet<>();
                            for (Path path : paths) {
                                String name = uniqueName(TransferService.displayName(path), names);
                                List<ImportItem> fromFile = new ArrayList<>();
                                try {
                                    planFile(name, path, fromFile);
                                } catch (RuntimeException e) {
                                    fromFile.clear();
                                    fromFile.add(new ImportItem(
                                            name,
                                            path,
                                            Optional.empty(),
                                            Optional.empty(),
                                            Action.INVALID,
                                            reasonOf(name, e),
                                            List.of()));
                                }
                                items.addAll(fromFile);
                            }
                            return items;
                        },
                        executor);
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
    private void planFile(String name, Path path, List<ImportItem> out) {
        CharacterFiles.Parsed parsed = files.read(path);
        int n = 0;
        for (String id : parsed.ids()) {
            n++;
            boolean known = byId.containsKey(id);
            out.add(new ImportItem(
                    name + "#" + n,
                    path,
                    Optional.empty(),
                    Optional.of(id),
                    known ? Action.SKIP : Action.ADD_ID,
                    known ? "already in the library" : "add to the library (read from the server)",
                    List.of()));
        }
        for (PortableCharacter c : parsed.characters()) {
            out.add(planCharacter(name, path, c, parsed.notes()));
        }
    }

    /** Why a file failed: a {@link CharacterFiles.BadFileException}'s reason in plain words ({@link JsonReasons}), or what else went wrong with it. */
    private static String reasonOf(String name, RuntimeException e) {
        if (e instanceof CharacterFiles.BadFileException) {
            return JsonReasons.plain(e); // the parser's words made plain: "the file ends in the middle (line 1, …)"
        }
        LOG.warn("Import: {} could not be read", name, e);
        String message = e.getMessage() == null
                ? ""
                : ": " + ExportNames.cut(e.getMessage().strip(), 200);
        return "cannot be read (" + e.getClass().getSimpleName() + message + ")";
    }

    private ImportItem planCharacter(String key, Path path, PortableCharacter c, List<String> notes) {
        var problems = CharacterRules.check(c.fields(), codes::contains);
        if (!problems.isEmpty()) {
            return new ImportItem(
                    key,
                    path,
                    Optional.of(c),
                    c.id(),
                    Action.INVALID,
                    "not a valid character: "
                            + String.join(
                                    "; ",
                                    problems.stream().map(p -> p.message()).toList()),
                    notes);
        }
        String identity = c.fields().name() + "\u0000" + c.fields().backstory();
        String earlier = seenInPlan.putIfAbsent(identity, key);
        @Nullable KnownCharacter comparing = null;
        try {
            if (c.id().isPresent() && byId.containsKey(c.id().get())) {
                KnownCharacter k = byId.get(c.id().get());
                comparing = k;
                CharacterFields current = fieldsOf(k);
                return current.equals(c.fields())
                        ? new ImportItem(
                                key,
                                path,
                                Optional.of(c),
                                c.id(),
                                Action.SKIP,
                                "unchanged (same ID, same fields)",
                                notes)
                        : new ImportItem(
                                key,
                                path,
                                Optional.of(c),
                                c.id(),
                                Action.UPDATE,
                                "update \"" + k.name() + "\" (same ID; changed: "
                                        + String.join(
                                                ", ",
                                                current.changesTo(c.fields()).changedFields()) + ")",
                                notes);
            }
            if (earlier != null) {
                return new ImportItem(
                        key,
                        path,
                        Optional.of(c),
                        c.id(),
                        Action.SKIP,
                        "the same character as " + earlier + " (same name and backstory)",
                        notes);
            }
            for (KnownCharacter k : present) {
                comparing = k;
                if (k.name().equals(c.fields().name())
                        && fieldsOf(k).backstory().equals(c.fields().backstory())) {
                    return new ImportItem(
                            key,
                            path,
                            Optional.of(c),
                            Optional.of(k.id()),
                            Action.SKIP,
                            "already here as " + k.id() + " (same name and backstory)",
                            notes);
                }
            }
        } catch (RuntimeException e) {
            if (comparing == null) {
                throw e; // failed before any comparison: not a backstory that could not be read
            }
            // Comparing with an empty backstory would propose a duplicate: the item fails instead.
            return new ImportItem(
                    key,
                    path,
                    Optional.of(c),
                    c.id(),
                    Action.INVALID,
                    "could not be compared with \""
                            + comparing.name() + "\" (" + comparing.id() + "), whose backstory could not be read: "
                            + FailureMessages.describe(e, comparing.id()),
                    notes);
        }
        return new ImportItem(key, path, Optional.of(c), c.id(), Action.CREATE, "create a new character", notes);
    }

    /**
     * A known character's fields; the backstory is read from the server when the library has none
     * yet (a failed read throws: the caller says what failed).
     */
    private CharacterFields fieldsOf(KnownCharacter k) {
        if (k.backstory().isPresent()) {
            return k.fields();
        }
        return service.calls().read(k.id(), Origin.OPENED_BY_ID).fields();
    }
}
