package io.characterstudio.model;

import java.net.URI;

/** Which backend the app talks to: its name, URL, and whether it is a local sandbox. */
public record ConnectionInfo(String id, String name, URI baseUrl, boolean sandbox) {

    /** How pickers show it; it holds no key, so it is safe anywhere. */
    @Override
    public String toString() {
        return name + " · " + baseUrl;
    }
}
