package io.characterstudio.service;

/**
 * What the connection dialog holds: an existing connection's ID (or null for a new one), its
 * name, the base URL as typed, the key as typed, and whether it is a sandbox. {@link #toString()}
 * says whether a key was typed, never the key.
 */
public record ConnectionDraft(String id, String name, String baseUrl, String apiKey, boolean sandbox) {

    @Override
    public String toString() {
        return "ConnectionDraft[id=" + id + ", name=" + name + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "(none)" : "(set)") + ", sandbox=" + sandbox + "]";
    }
}
