package io.characterstudio.service;

import static io.characterstudio.service.JsonFields.list;
import static io.characterstudio.service.JsonFields.optionalText;
import static io.characterstudio.service.JsonFields.text;
import static io.characterstudio.service.JsonFields.textOr;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The Character Card V2 ({@code "spec": "chara_card_v2"}): name and description in the card's own
 * fields (its other text fields written empty), the Convai fields under
 * {@code data.extensions.convai}, other tools' extensions beside them. Written from the
 * {@link Card} records, read field by field with a reason for whatever is wrong.
 */
final class CardV2Format {

    static final String SPEC = "chara_card_v2";
    private static final Set<String> FIELDS = Set.of("spec", "spec_version", "data");

    /** The card as written. */
    @JsonPropertyOrder({"spec", "spec_version", "data"})
    record Card(String spec, @JsonProperty("spec_version") String specVersion, Data data) {}

    /** The card's {@code data}, in this order; the card's text fields the app has no use for are empty. */
    @JsonPropertyOrder({
        "name",
        "description",
        "personality",
        "scenario",
        "first_mes",
        "mes_example",
        "creator_notes",
        "system_prompt",
        "post_history_instructions",
        "alternate_greetings",
        "tags",
        "creator",
        "character_version",
        "extensions"
    })
    record Data(
            String name,
            String description,
            String personality,
            String scenario,
            @JsonProperty("first_mes") String firstMes,
            @JsonProperty("mes_example") String mesExample,
            @JsonProperty("creator_notes") String creatorNotes,
            @JsonProperty("system_prompt") String systemPrompt,
            @JsonProperty("post_history_instructions") String postHistoryInstructions,
            @JsonProperty("alternate_greetings") List<String> alternateGreetings,
            List<String> tags,
            String creator,
            @JsonProperty("character_version") String characterVersion,
            JsonNode extensions) {}

    /** {@code data.extensions.convai}: the fields a card has no place for; a missing ID or source is left out. */
    @JsonPropertyOrder({"charID", "voiceType", "actions", "languageCodes", "clonedFrom"})
    record Convai(
            @JsonProperty("charID") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String charId,

            String voiceType,
            List<String> actions,
            List<String> languageCodes,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String clonedFrom) {}

    private CardV2Format() {}

    /** The card of {@code c}; {@code extensions} (other tools' data, a copy) gets the "convai" entry. */
    static Card of(JsonMapper mapper, PortableCharacter c, ObjectNode extensions) {
        CharacterFields f = c.fields();
        extensions.set(
                "convai",
                mapper.valueToTree(new Convai(
                        c.id().orElse(null),
                        f.voiceType(),
                        f.actions(),
                        f.languageCodes(),
                        c.clonedFrom().orElse(null))));
        return new Card(
                SPEC,
                "2.0",
                new Data(
                        f.name(),
                        f.backstory(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        List.of(),
                        c.tags(),
                        "Character Studio",
                        "",
                        extensions));
    }

    static Parsed read(JsonMapper mapper, JsonNode root) {
        List<String> notes = JsonFields.unknown(root, FIELDS, "");
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
        CharacterFields fields = new CharacterFields(
                text(data, "name", true),
                textOr(c, "voiceType", ""),
                textOr(data, "description", ""),
                list(c, "actions", List.of()),
                list(c, "languageCodes", List.of(Language.DEFAULT_CODE)));
        return new Parsed(
                List.of(new PortableCharacter(
                        optionalText(c, "charID"),
                        fields,
                        list(data, "tags", List.of()),
                        optionalText(c, "clonedFrom"),
                        mapper.writeValueAsString(other))),
                List.of(),
                notes);
    }
}
