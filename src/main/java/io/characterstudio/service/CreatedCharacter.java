package io.characterstudio.service;

import io.characterstudio.convai.ConvaiException;
import io.characterstudio.model.ServerCharacter;
import java.util.Optional;

/**
 * A character the server created. Convai's create takes no languages, so a character with
 * other languages than en-US needs a second call; if that call failed the character still
 * exists (and is recorded) and {@code languagesNotSet} says why they are not set.
 */
public record CreatedCharacter(ServerCharacter character, Optional<ConvaiException> languagesNotSet) {}
