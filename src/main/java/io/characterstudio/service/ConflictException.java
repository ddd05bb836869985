package io.characterstudio.service;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ServerCharacter;

/**
 * A save refused because someone changed the character elsewhere since the edit started:
 * {@code base} is the copy the edit started from, {@code theirs} the server's copy now,
 * {@code mine} what the user wants to save. Nothing was sent.
 */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ServerCharacter base;
    private final transient ServerCharacter theirs;
    private final transient CharacterFields mine;

    public ConflictException(ServerCharacter base, ServerCharacter theirs, CharacterFields mine) {
        super("\"" + theirs.name() + "\" was changed elsewhere since you opened it.");
        this.base = base;
        this.theirs = theirs;
        this.mine = mine;
    }

    public ServerCharacter base() {
        return base;
    }

    public ServerCharacter theirs() {
        return theirs;
    }

    public CharacterFields mine() {
        return mine;
    }
}
