package io.characterstudio.model;

/** What the app has once it started: the embedded sandbox and how many characters it knows there. */
public record StartupInfo(SandboxInfo sandbox, int knownCharacters) {
}
