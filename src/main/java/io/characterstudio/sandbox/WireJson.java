package io.characterstudio.sandbox;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's JSON: reading request bodies and writing answers the way Convai's Python service
 * writes them, on one line with {@code ", "} between items and {@code ": "} after names (so the
 * bodies match the documented examples byte for byte, such as {@code {"STATUS": "SUCCESS"}}).
 */
final class WireJson {

    private final JsonMapper mapper;
    private final ObjectWriter writer;

    WireJson(JsonMapper mapper) {
        this.mapper = mapper;
        this.writer = mapper.writer().with(new PythonStylePrinter());
    }

    JsonMapper mapper() {
        return mapper;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    /** Parses a request body; throws {@link JacksonException} when it is not JSON. */
    JsonNode read(byte[] body) {
        return mapper.readTree(body);
    }

    byte[] write(JsonNode node) {
        return writer.writeValueAsBytes(node);
    }

    /** A one-key body such as {@code {"ERROR": "..."}}. */
    byte[] single(String key, String value) {
        ObjectNode node = object();
        node.put(key, value);
        return write(node);
    }

    private static final class PythonStylePrinter extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }
    }
}
