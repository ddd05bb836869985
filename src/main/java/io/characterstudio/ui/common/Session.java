package io.characterstudio.ui.common;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.CharacterService;

/** The active connection and the service that talks to it. */
public record Session(ConnectionInfo connection, CharacterService service) {}
