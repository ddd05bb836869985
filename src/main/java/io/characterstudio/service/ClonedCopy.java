package io.characterstudio.service;

import io.characterstudio.model.ServerCharacter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A copy the server made by a single clone. When a new name was asked for and the rename
 * failed, the copy keeps the source's name and {@code renameFailed} says why.
 *
 * @param copy         the copy as the server has it now
 * @param wantedName   the name asked for, or null when none was
 * @param renameFailed why the rename to {@code wantedName} failed; empty when it worked or was not asked for
 */
public record ClonedCopy(ServerCharacter copy, @Nullable String wantedName, Optional<RuntimeException> renameFailed) {}
