package io.characterstudio.convai;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.CharacterService;
import io.characterstudio.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every log line of a run through success and failure paths, at TRACE level: none holds the key.
 */
class KeyNeverLoggedTest {

    private static final String KEY = "k3y-that-must-never-be-logged-5521";

    @TempDir
    Path dataDir;

    @Test
    void noLogLineOrLoggedExceptionContainsTheApiKey() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        root.setLevel(Level.TRACE);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.inMemory().withApiKey(KEY));
             Workspace workspace = Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            JsonMapper json = JsonMapper.builder().build();
            ConvaiSettings settings = ConvaiSettings.of(sandbox.baseUri(), KEY);
            CharacterService service = new CharacterService("sandbox", new ConvaiClient(settings, json,
                    java.net.http.HttpClient.newHttpClient(), d -> { }), workspace.knownCharacters(), Runnable::run);
            CharacterFields ann = new CharacterFields("Ann", "AriaNeural", "b", List.of(), List.of("en-US", "fr-FR"));
            String id = service.create(ann).join().character().id();
            io.characterstudio.model.ServerCharacter copy = service.get(id).join();
            sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
            service.get(id).handle((v, e) -> null).join();
            CharacterFields edited = new CharacterFields("Ann", "AriaNeural", "changed", List.of(), List.of("en-US"));
            service.save(copy, edited, true).handle((v, e) -> null).join();
            sandbox.faults().set(FaultSettings.NONE.withDrops(1.0));
            service.cloneCharacter(id, true).handle((v, e) -> null).join();
            sandbox.faults().clear();
            new ConvaiClient(ConvaiSettings.of(sandbox.baseUri(), KEY + "-wrong"), json).languages();
        } catch (ConvaiException expected) {
            assertThat(expected.getMessage()).doesNotContain(KEY);
        } finally {
            root.detachAppender(events);
            root.setLevel(before);
        }
        assertThat(events.list).as("the run logged something to check").isNotEmpty();
        for (ILoggingEvent e : events.list) {
            assertThat(e.getFormattedMessage()).doesNotContain(KEY);
            if (e.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(e.getThrowableProxy())).doesNotContain(KEY);
            }
        }
    }
}
