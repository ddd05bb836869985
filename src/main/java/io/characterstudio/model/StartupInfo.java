package io.characterstudio.model;

import java.util.List;

/**
 * What the app has once it started: the embedded sandbox, how many characters it knows there,
 * and what the user must be told about the start (a damaged workspace replaced by a backup, a
 * restore finished), in plain words.
 */
public record StartupInfo(SandboxInfo sandbox, int knownCharacters, List<String> notices) {

    public StartupInfo {
        notices = List.copyOf(notices);
    }

    /** A start with nothing to tell. */
    public StartupInfo(SandboxInfo sandbox, int knownCharacters) {
        this(sandbox, knownCharacters, List.of());
    }
}
