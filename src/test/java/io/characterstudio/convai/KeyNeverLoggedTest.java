package io.characterstudio.convai;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.SandboxInfo;
import io.characterstudio.model.StartupInfo;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.service.CharacterService;
import io.characterstudio.store.Workspace;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every log line of a run through success and failure paths, at TRACE level: none holds the key;
 * and no type of the app that holds a key prints it in its {@code toString()}.
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
                Workspace workspace =
                        Workspace.open(dataDir, JsonMapper.builder().build(), Clock.systemUTC())) {
            JsonMapper json = JsonMapper.builder().build();
            ConvaiSettings settings = ConvaiSettings.of(sandbox.baseUri(), KEY);
            CharacterService service = new CharacterService(
                    "sandbox",
                    new ConvaiClient(settings, json, java.net.http.HttpClient.newHttpClient(), d -> {}),
                    workspace.knownCharacters(),
                    workspace.revisions(),
                    workspace.tags(),
                    Runnable::run);
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

    /** Field names that hold an API key (or a map of them): apiKey, embeddedKey, keyOverride, keys... */
    private static final Pattern KEY_NAME = Pattern.compile("(?i)(.*api_?key.*|.*secret.*|key|keys|.*Key|keyOverride)");
    /** Fields named "key" that are not secrets: a draft's and an import item's identity, a JSON error name. */
    private static final Set<String> NOT_SECRETS = Set.of(
            "io.characterstudio.model.Draft.key",
            "io.characterstudio.sandbox.ApiError.key",
            "io.characterstudio.service.TransferService$ImportItem.key");

    @Test
    void noTypeHoldingAKeyPrintsIt() throws Exception {
        Set<String> holders = new TreeSet<>();
        for (Class<?> type : mainClasses()) {
            List<Field> keyFields = Arrays.stream(type.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers())
                            && KEY_NAME.matcher(f.getName()).matches())
                    .filter(f -> !NOT_SECRETS.contains(type.getName() + "." + f.getName()))
                    .toList();
            if (keyFields.isEmpty()) {
                continue;
            }
            holders.add(type.getSimpleName());
            if (type.isRecord()) {
                assertThat(instanceWithKey(type).toString()).as(type.getName()).doesNotContain(KEY);
            } else {
                assertThat(type.getMethod("toString").getDeclaringClass())
                        .as(type.getName() + " holds " + keyFields
                                + ": its toString must stay Object's (or be checked here)")
                        .isEqualTo(Object.class);
            }
        }
        assertThat(holders)
                .as("the scan finds the key holders")
                .contains("ConnectionDraft", "ConvaiSettings", "SandboxConfig", "ConnectionService", "Sandbox");
        assertThat(holders).as("they hold no key").doesNotContain("ConnectionInfo", "SandboxInfo", "StartupInfo");
        ConnectionInfo info = new ConnectionInfo("id", "Studio", URI.create("https://api.convai.com"), false);
        StartupInfo startup = new StartupInfo(new SandboxInfo(URI.create("http://127.0.0.1:1"), Path.of("d")), 1);
        assertThat(info + " " + startup).doesNotContain(KEY);
    }

    /** Every class compiled from src/main (loaded, not initialised). */
    private static List<Class<?>> mainClasses() throws Exception {
        Path root = Path.of(ConvaiClient.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(
                        name.substring(0, name.length() - ".class".length()),
                        false,
                        KeyNeverLoggedTest.class.getClassLoader()));
            }
        }
        assertThat(classes).as("classes found in " + root).hasSizeGreaterThan(50);
        return classes;
    }

    /** The record with its key components set to the key (a String or an Optional), others to plain values. */
    private static Object instanceWithKey(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] =
                    sample(types[i], KEY_NAME.matcher(components[i].getName()).matches());
        }
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    private static Object sample(Class<?> type, boolean key) throws Exception {
        if (type == String.class) {
            return key ? KEY : "text";
        }
        if (type == Optional.class) {
            return key ? Optional.of(KEY) : Optional.empty();
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        if (type == URI.class) {
            return URI.create("https://api.convai.com");
        }
        if (type == Path.class) {
            return Path.of("data");
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(1);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                return f.get(null);
            }
        }
        return null;
    }
}
