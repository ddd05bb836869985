package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Language;
import io.characterstudio.model.PortableCharacter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The export files: Character Studio's own format (every field, tags, lineage, other tools'
 * extensions) and the Character Card V2 shape ({@code spec: chara_card_v2}; the Convai fields
 * under {@code data.extensions.convai}); and, for import, a plain list of IDs. Reading checks
 * everything and says what is wrong in words; it never trusts a file: whatever is wrong with
 * one is a {@link BadFileException} with the reason (see {@link ImportFileReader} for the bytes).
 * <p>Line endings: an export is the same bytes on every operating system, JSON indented with two
 * spaces and lines ended by {@code \n} only (never the platform's separator); reading accepts
 * {@code \n}, {@code \r\n} and {@code \r} in JSON and in lists of IDs.
 */
public final class CharacterFiles {

    /** What an export writes. */
    public enum Format {
        STUDIO(".character.json"), CARD_V2(".card.json");

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
    public static final String STUDIO_FORMAT = "character-studio";
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{7,63}");
    private static final Set<String> STUDIO_FIELDS = Set.of("format", "version", "id", "name", "voiceType",
            "backstory", "actions", "languageCodes", "tags", "clonedFrom", "extensions", "exportedBy");
    private static final Set<String> CARD_FIELDS = Set.of("spec", "spec_version", "data");

    /** A file read: characters, or IDs to add, and notes (ignored fields); or why it cannot be used. */
    public record Parsed(List<PortableCharacter> characters, List<String> ids, List<String> notes) {
        public Parsed {
            characters = List.copyOf(characters);
            ids = List.copyOf(ids);
            notes = List.copyOf(notes);
        }
    }

    /** A file that cannot be imported, with the reason in words. */
    public static final class BadFileException extends RuntimeException {
        public BadFileException(String reason) {
            super(reason);
        }
    }

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

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
        ObjectNode root = format == Format.STUDIO ? studio(c) : card(c);
        return mapper.writer().with(PRETTY).writeValueAsString(root) + "\n";
    }

    private ObjectNode studio(PortableCharacter c) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", STUDIO_FORMAT);
        root.put("version", 1);
        c.id().ifPresent(id -> root.put("id", id));
        putFields(root, c.fields());
        stringArray(root.putArray("tags"), c.tags());
        c.clonedFrom().ifPresent(from -> root.put("clonedFrom", from));
        root.set("extensions", extensions(c));
        return root;
    }

    private ObjectNode card(PortableCharacter c) {
        ObjectNode root = mapper.createObjectNode();
        root.put("spec", "chara_card_v2");
        root.put("spec_version", "2.0");
        ObjectNode data = root.putObject("data");
        data.put("name", c.fields().name());
        data.put("description", c.fields().backstory());
        for (String empty : List.of("personality", "scenario", "first_mes", "mes_example", "creator_notes",
                "system_prompt", "post_history_instructions")) {
            data.put(empty, "");
        }
        data.putArray("alternate_greetings");
        stringArray(data.putArray("tags"), c.tags());
        data.put("creator", "Character Studio");
        data.put("character_version", "");
        ObjectNode extensions = extensions(c);
        ObjectNode convai = mapper.createObjectNode();
        c.id().ifPresent(id -> convai.put("charID", id));
        convai.put("voiceType", c.fields().voiceType());
        stringArray(convai.putArray("actions"), c.fields().actions());
        stringArray(convai.putArray("languageCodes"), c.fields().languageCodes());
        c.clonedFrom().ifPresent(from -> convai.put("clonedFrom", from));
        extensions.set("convai", convai);
        data.set("extensions", extensions);
        return root;
    }

    private ObjectNode extensions(PortableCharacter c) {
        JsonNode other = mapper.readTree(c.otherExtensions());
        return other instanceof ObjectNode o ? o.deepCopy() : mapper.createObjectNode();
    }

    private static void putFields(ObjectNode node, CharacterFields f) {
        node.put("name", f.name());
        node.put("voiceType", f.voiceType());
        node.put("backstory", f.backstory());
        stringArray(node.putArray("actions"), f.actions());
        stringArray(node.putArray("languageCodes"), f.languageCodes());
    }

    private static void stringArray(ArrayNode array, List<String> values) {
        values.forEach(array::add);
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
            return idList(trimmed);
        }
        JsonNode root;
        try {
            root = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(trimmed);
        } catch (JacksonException e) {
            throw new BadFileException("not valid JSON (" + e.getOriginalMessage() + locationOf(e) + ")");
        }
        if (!root.isObject()) {
            throw new BadFileException("not a character file (the JSON is not an object)");
        }
        JsonChecks.brokenCharacter(root).ifPresent(field -> {
            throw new BadFileException("a broken character (half of a UTF-16 surrogate pair) in \"" + field + "\"");
        });
        if (root.has("spec")) {
            if (!"chara_card_v2".equals(text(root, "spec", false))) {
                throw new BadFileException("an unsupported card: spec is " + JsonChecks.shown(root.get("spec")) + ", expected"
                        + " \"chara_card_v2\"");
            }
            return readCard(root);
        }
        if (root.has("format")) {
            if (!STUDIO_FORMAT.equals(text(root, "format", false))) {
                throw new BadFileException("an unknown format " + JsonChecks.shown(root.get("format")));
            }
            return readStudio(root);
        }
        throw new BadFileException("neither a Character Studio file (no \"format\") nor a Character Card V2"
                + " (no \"spec\")");
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    private Parsed idList(String text) {
        List<String> ids = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!ID.matcher(line).matches()) {
                throw new BadFileException("neither JSON nor a list of IDs (line " + (i + 1) + ": \""
                        + JsonChecks.shown(line) + "\")");
            }
            ids.add(line);
        }
        if (ids.isEmpty()) {
            throw new BadFileException("no IDs in it");
        }
        return new Parsed(List.of(), List.copyOf(new LinkedHashSet<>(ids)), List.of());
    }

    private Parsed readStudio(JsonNode root) {
        List<String> notes = unknown(root, STUDIO_FIELDS, "");
        JsonChecks.checkVersion(root.get("version"));
        CharacterFields fields = new CharacterFields(text(root, "name", true), textOr(root, "voiceType", ""),
                textOr(root, "backstory", ""), list(root, "actions", List.of()),
                list(root, "languageCodes", List.of(Language.DEFAULT_CODE)));
        JsonNode extensions = root.get("extensions");
        if (extensions != null && !extensions.isObject() && !extensions.isNull()) {
            throw new BadFileException("\"extensions\" must be an object");
        }
        return new Parsed(List.of(new PortableCharacter(optionalText(root, "id"), fields, list(root, "tags", List.of()),
                optionalText(root, "clonedFrom"), extensions == null || extensions.isNull() ? "{}"
                : mapper.writeValueAsString(extensions))), List.of(), notes);
    }

    private Parsed readCard(JsonNode root) {
        List<String> notes = unknown(root, CARD_FIELDS, "");
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new BadFileException("missing \"data\" (a card's fields are under it)");
        }
        JsonNode extensions = data.get("extensions");
        if (extensions != null && !extensions.isObject() && !extensions.isNull()) {
            throw new BadFileException("\"data.extensions\" must be an object");
        }
        ObjectNode other = extensions instanceof ObjectNode o ? o.deepCopy() : mapper.createObjectNode();
        JsonNode convai = other.remove("convai");
        if (convai != null && !convai.isObject()) {
            throw new BadFileException("\"data.extensions.convai\" must be an object");
        }
        JsonNode c = convai == null ? mapper.createObjectNode() : convai;
        CharacterFields fields = new CharacterFields(text(data, "name", true), textOr(c, "voiceType", ""),
                textOr(data, "description", ""), list(c, "actions", List.of()),
                list(c, "languageCodes", List.of(Language.DEFAULT_CODE)));
        return new Parsed(List.of(new PortableCharacter(optionalText(c, "charID"), fields, list(data, "tags", List.of()),
                optionalText(c, "clonedFrom"), mapper.writeValueAsString(other))), List.of(), notes);
    }

    private static List<String> unknown(JsonNode node, Set<String> known, String prefix) {
        List<String> unknown = node.propertyNames().stream().filter(n -> !known.contains(n)).sorted().toList();
        return unknown.isEmpty() ? List.of() : List.of("ignored unknown field" + (unknown.size() == 1 ? " " : "s ")
                + String.join(", ", unknown.stream().map(u -> "\"" + prefix + u + "\"").toList()));
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadFileException("missing \"" + field + "\"");
            }
            return "";
        }
        if (!v.isString()) {
            throw new BadFileException("\"" + field + "\" must be text, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return v.stringValue();
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        return node.has(field) && !node.get(field).isNull() ? text(node, field, false) : fallback;
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        return Optional.of(textOr(node, field, "").strip()).filter(s -> !s.isEmpty());
    }

    private static List<String> list(JsonNode node, String field, List<String> fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isArray()) {
            throw new BadFileException("\"" + field + "\" must be a list of text");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isString()) {
                throw new BadFileException("\"" + field + "\" must be a list of text (found "
                        + item.getNodeType().name().toLowerCase(Locale.ROOT) + ")");
            }
            out.add(item.stringValue());
        }
        return out;
    }
}
