package io.characterstudio.model;

import java.util.List;

/**
 * What the app has once it started: the embedded sandbox, how many characters it knows there,
 * what the user must be told about the start (a damaged workspace replaced by a backup, a
 * restore finished), in plain words, and whether the app was closed cleanly last time (then the
 * journalled drafts were left on purpose and are not offered as a crash's).
 */
public record StartupInfo(SandboxInfo sandbox, int knownCharacters, List<String> notices, boolean lastCloseWasClean) {

    public StartupInfo {
        notices = List.copyOf(notices);
    }

    /** A start after a crash or a kill (or a first start), telling {@code notices}. */
    public StartupInfo(SandboxInfo sandbox, int knownCharacters, List<String> notices) {
        this(sandbox, knownCharacters, notices, false);
    }

    /** A start with nothing to tell. */
    public StartupInfo(SandboxInfo sandbox, int knownCharacters) {
        this(sandbox, knownCharacters, List.of());
    }
}
