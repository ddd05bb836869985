package io.characterstudio.testsupport;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.RetryPolicy;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.SettingsService;
import io.characterstudio.store.Workspace;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * A real sandbox, a real workspace and the services over them, for view-model and view tests.
 * With {@code Runnable::run} as executor every call completes before it returns.
 */
public final class SandboxWorld implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public final Sandbox sandbox;
    public final Workspace workspace;
    public final CharacterService service;
    public final SettingsService settings;
    public final ConvaiClient direct;
    public final ConnectionInfo connection;

    public SandboxWorld(Path dataDir, Executor executor) {
        try {
            sandbox = Sandbox.start(SandboxConfig.inMemory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
        ConvaiSettings s = ConvaiSettings.of(sandbox.baseUri(), sandbox.apiKey()).withRetryPolicy(RetryPolicy.NONE);
        service = new CharacterService("sandbox", new ConvaiClient(s, JSON), workspace.knownCharacters(), executor);
        settings = new SettingsService(workspace.settings(), executor);
        direct = new ConvaiClient(s, JSON);
        connection = new ConnectionInfo("sandbox", "Sandbox (this computer)", sandbox.baseUri(), true);
    }

    @Override
    public void close() {
        workspace.close();
        sandbox.close();
    }
}
