package io.characterstudio.service;

import io.characterstudio.model.PortableCharacter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The export files: Character Studio's own format ({@link StudioFormat}: every field, tags, lineage,
 * other tools' extensions) and the Character Card V2 shape ({@link CardV2Format}: {@code spec:
 * chara_card_v2}, the Convai fields under {@code data.extensions.convai}), written from Jackson
 * records; and, for import, a plain list of IDs ({@link IdListFormat}). Reading checks everything
 * and says what is wrong in words; it never trusts a file: whatever is wrong with one is a
 * {@link BadFileException} with the reason, and for JSON that does not parse, where
 * ({@link BadFileException#where()}); see {@link ImportFileReader} for the bytes.
 * <p>Line endings: an export is the same bytes on every operating system, JSON indented with two
 * spaces and lines ended by {@code \n} only (never the platform's separator); reading accepts
 * {@code \n}, {@code \r\n} and {@code \r} in JSON and in lists of IDs.
 */
public final class CharacterFiles {

    /** What an export writes. */
    public enum Format {
        STUDIO(".character.json"),
        CARD_V2(".card.json");

        private final String suffix;

        Format(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /** The largest file read; anything bigger is refused before it is read, and a read stops one byte past it. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public static final String STUDIO_FORMAT = StudioFormat.FORMAT;

    /** A file read: characters, or IDs to add, and notes (ignored fields); or why it cannot be used. */
    public record Parsed(List<PortableCharacter> characters, List<String> ids, List<String> notes) {
        public Parsed {
            characters = List.copyOf(characters);
            ids = List.copyOf(ids);
            notes = List.copyOf(notes);
        }
    }

    /** Where in a file its JSON stopped making sense: the line and the column, counted from 1. */
    public record Where(int line, int column) {}

    /** A file that cannot be imported, with the reason in words and, for JSON that does not parse, where. */
    public static final class BadFileException extends RuntimeException {
        private final transient @Nullable Where where;

        public BadFileException(String reason) {
            this(reason, null);
        }

        BadFileException(String reason, @Nullable Where where) {
            super(reason);
            this.where = where;
        }

        /** Where the JSON stopped parsing, when that is the reason and the parser knew. */
        public Optional<Where> where() {
            return Optional.ofNullable(where);
        }
    }

    private static final DefaultPrettyPrinter PRETTY =
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private final JsonMapper mapper;
    private final ImportFileReader reader;

    public CharacterFiles(JsonMapper mapper) {
        this(mapper, new ImportFileReader(MAX_BYTES));
    }

    CharacterFiles(JsonMapper mapper, ImportFileReader reader) {
        this.mapper = mapper;
        this.reader = reader;
    }

    public String write(PortableCharacter c, Format format) {
        Object file = format == Format.STUDIO
                ? StudioFormat.File.of(c, extensions(c))
                : CardV2Format.of(mapper, c, extensions(c));
        return mapper.writer().with(PRETTY).writeValueAsString(file) + "\n";
    }

    private ObjectNode extensions(PortableCharacter c) {
        JsonNode other = mapper.readTree(c.otherExtensions());
        return other instanceof ObjectNode o ? o.deepCopy() : mapper.createObjectNode();
    }

    /** Reads a file of either format or a list of IDs; a {@link BadFileException} says why not. */
    public Parsed read(Path file) {
        return parse(reader.read(file));
    }

    Parsed parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new BadFileException("empty");
        }
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return IdListFormat.read(trimmed);
        }
        JsonNode root;
        try {
            // The whole text, not the stripped one: a reason's line and column are the file's.
            root = mapper.reader()
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(text);
        } catch (JacksonException e) {
            @Nullable
            Where where = e.getLocation() == null || e.getLocation().getLineNr() < 1
                    ? null
                    : new Where(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw new BadFileException(
                    "not valid JSON (" + e.getOriginalMessage()
                            + (where == null ? "" : " at line " + where.line() + ", column " + where.column()) + ")",
                    where);
        }
        if (!root.isObject()) {
            throw new BadFileException("not a character file (the JSON is not an object)");
        }
        JsonChecks.brokenCharacter(root).ifPresent(field -> {
            throw new BadFileException("a broken character (half of a UTF-16 surrogate pair) in \"" + field + "\"");
        });
        if (root.has("spec")) {
            if (!CardV2Format.SPEC.equals(JsonFields.text(root, "spec", false))) {
                throw new BadFileException("an unsupported card: spec is " + JsonChecks.shown(root.get("spec"))
                        + ", expected" + " \"chara_card_v2\"");
            }
            return CardV2Format.read(mapper, root);
        }
        if (root.has("format")) {
            if (!STUDIO_FORMAT.equals(JsonFields.text(root, "format", false))) {
                throw new BadFileException("an unknown format " + JsonChecks.shown(root.get("format")));
            }
            return StudioFormat.read(mapper, root);
        }
        throw new BadFileException(
                "neither a Character Studio file (no \"format\") nor a Character Card V2" + " (no \"spec\")");
    }
}
