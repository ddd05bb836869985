package io.characterstudio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A character as it travels in an export file: every field, its local tags and lineage, and
 * the extension data of other tools (a JSON object, kept verbatim so a re-export carries it).
 *
 * @param id             the ID on the connection it came from, empty if the file had none
 * @param otherExtensions the card's {@code data.extensions} without the "convai" key, as JSON
 */
public record PortableCharacter(
        Optional<String> id,
        CharacterFields fields,
        List<String> tags,
        Optional<String> clonedFrom,
        String otherExtensions) {

    public PortableCharacter {
        Objects.requireNonNull(fields, "fields");
        tags = List.copyOf(tags);
        otherExtensions = otherExtensions == null || otherExtensions.isBlank() ? "{}" : otherExtensions;
    }
}
