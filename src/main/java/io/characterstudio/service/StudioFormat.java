package io.characterstudio.service;

import static io.characterstudio.service.JsonFields.list;
import static io.characterstudio.service.JsonFields.optionalText;
import static io.characterstudio.service.JsonFields.text;
import static io.characterstudio.service.JsonFields.textOr;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Language;
import io.characterstudio.model.PortableCharacter;
import io.characterstudio.service.CharacterFiles.BadFileException;
import io.characterstudio.service.CharacterFiles.Parsed;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Character Studio's own file ({@code "format": "character-studio"}, version 1): every field, the
 * tags, the lineage and other tools' extensions, written from the {@link File} record and read
 * field by field with a reason for whatever is wrong.
 */
final class StudioFormat {

    static final String FORMAT = "character-studio";
    private static final Set<String> FIELDS = Set.of(
            "format",
            "version",
            "id",
            "name",
            "voiceType",
            "backstory",
            "actions",
            "languageCodes",
            "tags",
            "clonedFrom",
            "extensions",
            "exportedBy");

    /** The file as written, in this order; a missing ID or source is left out. */
    @JsonPropertyOrder({
        "format",
        "version",
        "id",
        "name",
        "voiceType",
        "backstory",
        "actions",
        "languageCodes",
        "tags",
        "clonedFrom",
        "extensions"
    })
    record File(
            String format,
            int version,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String id,

            String name,
            String voiceType,
            String backstory,
            List<String> actions,
            List<String> languageCodes,
            List<String> tags,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String clonedFrom,

            JsonNode extensions) {

        static File of(PortableCharacter c, JsonNode extensions) {
            CharacterFields f = c.fields();
            return new File(
                    FORMAT,
                    1,
                    c.id().orElse(null),
                    f.name(),
                    f.voiceType(),
                    f.backstory(),
                    f.actions(),
                    f.languageCodes(),
                    c.tags(),
                    c.clonedFrom().orElse(null),
                    extensions);
        }
    }

    private StudioFormat() {}

    static Parsed read(JsonMapper mapper, JsonNode root) {
        List<String> notes = JsonFields.unknown(root, FIELDS, "");
        JsonChecks.checkVersion(root.get("version"));
        CharacterFields fields = new CharacterFields(
                text(root, "name", true),
                textOr(root, "voiceType", ""),
                textOr(root, "backstory", ""),
                list(root, "actions", List.of()),
                list(root, "languageCodes", List.of(Language.DEFAULT_CODE)));
        JsonNode extensions = root.get("extensions");
        if (extensions != null && !extensions.isObject() && !extensions.isNull()) {
            throw new BadFileException("\"extensions\" must be an object");
        }
        return new Parsed(
                List.of(new PortableCharacter(
                        optionalText(root, "id"),
                        fields,
                        list(root, "tags", List.of()),
                        optionalText(root, "clonedFrom"),
                        extensions == null || extensions.isNull() ? "{}" : mapper.writeValueAsString(extensions))),
                List.of(),
                notes);
    }
}
