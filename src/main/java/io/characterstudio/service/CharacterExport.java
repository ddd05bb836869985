package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.DisplayTime;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.model.PortableCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.CharacterFiles.Format;
import io.characterstudio.service.TransferService.Exported;
import io.characterstudio.service.TransferService.Source;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The export of one run: each character is taken from the workspace when its copy there is
 * complete (the character is present and its backstory was fetched, so all five fields are
 * there) and {@link Source#WORKSPACE} was chosen, otherwise read fresh from the server. A
 * character taken from the workspace gets the note "exported from this computer's copy, last
 * synced …" (the time the server last sent its full copy). Every failure is logged with its exception.
 */
final class CharacterExport {

    private static final DateTimeFormatter WHEN = DisplayTime.MINUTES.withLocale(Locale.ENGLISH);

    private final CharacterFiles files;
    private final CharacterService service;
    private final Path folder;
    private final Set<Format> formats;
    private final Source source;
    private final ZoneId zone;
    private Map<String, Instant> copiedAt = Map.of();
    private Map<String, Set<String>> tags = Map.of();

    CharacterExport(
            CharacterFiles files,
            CharacterService service,
            Path folder,
            Set<Format> formats,
            Source source,
            ZoneId zone) {
        this.files = files;
        this.service = service;
        this.folder = folder;
        this.formats = EnumSet.noneOf(Format.class);
        this.formats.addAll(formats);
        this.source = source;
        this.zone = zone;
    }

    /**
     * Makes {@code folder} (and its parents) when it does not exist; a {@link TransferService.FolderRefused}
     * says why it cannot be used, and the reason is logged with its exception. Whether it was made here.
     */
    static boolean prepareFolder(Path folder) {
        try {
            boolean missing = !Files.isDirectory(folder);
            Files.createDirectories(folder);
            return missing;
        } catch (IOException | RuntimeException e) {
            String why = e instanceof FileAlreadyExistsException
                            || (e instanceof IOException && Files.isRegularFile(nearestExisting(folder)))
                    ? nearestExisting(folder) + " is a file, not a folder"
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            TransferService.FolderRefused refused = new TransferService.FolderRefused(
                    "Cannot export to " + folder + ": " + why + ". Nothing was exported.", e);
            FailureMessages.log(refused, Objects.requireNonNullElse(refused.getMessage(), ""));
            throw refused;
        }
    }

    private static Path nearestExisting(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? folder : p;
    }

    /** Starts the export of {@code ids}, {@code concurrency} at a time; the folder is made first, by the workers. */
    BulkRun<String, Exported> start(
            List<String> ids, int concurrency, Executor executor, Consumer<ItemResult<String, Exported>> onItem) {
        Once ready = new Once(() -> {
            prepareFolder(folder);
            tags = service.tags().allNow();
            if (source == Source.WORKSPACE) {
                copiedAt = service.calls().copiedAt();
            }
        });
        return BulkRun.start(
                ids,
                concurrency,
                executor,
                id -> {
                    try {
                        ready.run();
                        return exportOne(id);
                    } catch (RuntimeException e) {
                        FailureMessages.log(e, "Export of " + id + " to " + folder + " failed");
                        throw e;
                    }
                },
                onItem);
    }

    private Exported exportOne(String id) {
        Optional<KnownCharacter> known = service.calls().find(id);
        List<String> notes = new ArrayList<>();
        CharacterFields fields;
        Optional<KnownCharacter> copy = known.filter(k -> source == Source.WORKSPACE
                && k.status() == Status.PRESENT
                && k.backstory().isPresent());
        if (copy.isPresent()) {
            fields = copy.get().fields();
            notes.add("exported from this computer's copy, last synced "
                    + Optional.ofNullable(copiedAt.get(id))
                            .map(t -> WHEN.format(t.atZone(zone)))
                            .orElse("at an unknown time (before this was recorded)"));
        } else {
            ServerCharacter c = service.calls().read(id, Origin.OPENED_BY_ID);
            known = service.calls().find(id);
            fields = c.fields();
        }
        String extensions = service.tags().extensions(id);
        PortableCharacter portable = new PortableCharacter(
                Optional.of(id),
                fields,
                List.copyOf(tags.getOrDefault(id, Set.of())),
                known.flatMap(KnownCharacter::clonedFrom),
                extensions);
        List<Path> written = new ArrayList<>();
        for (Format format : formats) {
            written.add(ExportWriter.write(
                    folder,
                    ExportNames.fileName(fields.name(), id, format),
                    ExportNames.fallback(id, format),
                    files.write(portable, format),
                    notes));
        }
        return new Exported(written, notes);
    }

    /** Runs a step once, for whichever worker comes first; a failure is thrown to every caller. */
    private static final class Once {
        private final Runnable step;
        private boolean done;
        private @Nullable RuntimeException failure;

        Once(Runnable step) {
            this.step = step;
        }

        synchronized void run() {
            if (!done) {
                done = true;
                try {
                    step.run();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
