package io.characterstudio.app;

import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.store.SettingsStore;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the built-in sandbox on the same port every time: the port the OS gave it on the first
 * start is stored in the workspace settings ({@value #SETTING}) and asked for again on every
 * later start, so a connection another app made to it keeps working. Only when that port is
 * taken does the sandbox get a new one from the OS; the log says so and the new port is stored.
 */
final class SandboxPort {

    static final String SETTING = "sandbox.port";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxPort.class);

    private SandboxPort() {}

    static Sandbox start(SettingsStore settings, SandboxConfig config, JsonMapper mapper, Clock clock)
            throws IOException {
        Optional<Integer> stored = stored(settings);
        if (stored.isPresent()) {
            try {
                return Sandbox.start(config.withPort(stored.get()), mapper, clock);
            } catch (BindException e) {
                LOG.warn(
                        "The sandbox's port {} is taken by another program, so the sandbox gets a new port;"
                                + " connections to http://127.0.0.1:{} must be changed to the new address",
                        stored.get(),
                        stored.get());
            }
        }
        Sandbox sandbox = Sandbox.start(config.withPort(0), mapper, clock);
        settings.putAll(Map.of(SETTING, Integer.toString(sandbox.port())));
        LOG.info("The sandbox's port is now {}; it keeps it on later starts", sandbox.port());
        return sandbox;
    }

    private static Optional<Integer> stored(SettingsStore settings) {
        String value = settings.all().get(SETTING);
        try {
            int port = value == null ? 0 : Integer.parseInt(value.strip());
            return port > 0 && port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.warn("The stored sandbox port \"{}\" is not a number; the sandbox gets a new port", value);
            return Optional.empty();
        }
    }
}
