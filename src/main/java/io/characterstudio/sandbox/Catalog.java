package io.characterstudio.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The voice and language catalogues, read once from the resources {@code voices.json} and
 * {@code languages.json} beside this class, and answered in exactly their shape. Where they came
 * from and how to refresh them: "The catalogues" in {@code docs/convai-api.md}.
 */
final class Catalog {

    private final byte[] voicesBody;
    private final byte[] languagesBody;
    private final Set<String> languageCodes;

    private Catalog(byte[] voicesBody, byte[] languagesBody, Set<String> languageCodes) {
        this.voicesBody = voicesBody;
        this.languagesBody = languagesBody;
        this.languageCodes = Set.copyOf(languageCodes);
    }

    static Catalog load(WireJson json) {
        JsonNode voices = json.read(resource("voices.json"));
        JsonNode languages = json.read(resource("languages.json"));
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode entry : languages) {
            for (Map.Entry<String, JsonNode> language : entry.properties()) {
                codes.add(language.getKey());
            }
        }
        return new Catalog(json.write(voices), json.write(languages), codes);
    }

    byte[] voicesBody() {
        return voicesBody.clone();
    }

    byte[] languagesBody() {
        return languagesBody.clone();
    }

    boolean isLanguage(String code) {
        return languageCodes.contains(code);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Catalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing sandbox resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
