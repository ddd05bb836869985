package io.characterstudio.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Where the embedded sandbox listens and where it keeps its data. Its key is not part of it. */
public record SandboxInfo(URI baseUri, Path dataDir) {
    public SandboxInfo {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(dataDir, "dataDir");
    }
}
