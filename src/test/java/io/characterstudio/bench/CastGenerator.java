package io.characterstudio.bench;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills a data folder with a realistic cast: {@code count} characters created through the
 * embedded sandbox's HTTP API (so the sandbox really has them), each with a backstory of about
 * {@code words} words, actions, a voice and languages from the catalogue, one in twenty a real
 * clone of an earlier one; and the app's workspace knows every one of them, backstories included.
 * The app started on that folder ({@code CHARACTER_STUDIO_DATA_DIR}) shows the whole cast.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.characterstudio.bench.CastGenerator -Dexec.args="/tmp/cast 10000 600"}
 */
public final class CastGenerator {

    /** The embedded connection's ID, as the app names it. */
    public static final String CONNECTION = "sandbox";

    private static final String[] FIRST = {
        "Ada", "Bram", "Cora", "Dax", "Elin", "Finn", "Greta", "Hugo", "Iris", "Jonas", "Kira", "Leo", "Mira", "Nils",
        "Orla", "Pim", "Quinn", "Runa", "Soren", "Tove", "Ulla", "Vik", "Wren", "Xavi", "Yara", "Zeno"
    };
    private static final String[] LAST = {
        "Ashdown",
        "Blackwood",
        "Crane",
        "Dunmore",
        "Ember",
        "Fairweather",
        "Greystone",
        "Hollow",
        "Ironside",
        "Juniper",
        "Kestrel",
        "Lark",
        "Mossgrove",
        "Northcott",
        "Oakheart"
    };
    private static final String[] TOWNS = {
        "Rivertown", "Saltmarsh", "Highgate", "Emberfall", "Thornbury", "Ravenmoor", "Glasswater", "Oldbridge"
    };
    private static final String[] WORDS = ("the a of and to in was her his their with from old river town night"
                    + " story secret letter lantern harbour market road forest winter summer friend enemy promise debt song"
                    + " ship bell tower garden library map key storm fire bread silver iron glass stone shadow light"
                    + " remembers keeps sells guards hides writes sings builds mends trades whispers travels waits leaves"
                    + " returns every since after before because although quietly always never often once still")
            .split(" ");
    private static final String[] ACTIONS = {
        "Wave", "Bow", "Follow", "Point", "Sit", "Dance", "Open the door", "Ring the bell", "Hand over the map"
    };

    private CastGenerator() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/cast");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int words = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        long started = System.nanoTime();
        int made = generate(dir, count, words);
        System.out.printf(
                "Generated %d characters of ~%d words in %s in %.1f s%n",
                made, words, dir, (System.nanoTime() - started) / 1e9);
    }

    /** Generates the cast into {@code dataDir}; answers how many characters were made. */
    public static int generate(Path dataDir, int count, int words) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        Clock clock = Clock.systemUTC();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.persistent(dataDir.resolve("sandbox")), mapper, clock);
                Workspace workspace = Workspace.open(dataDir, mapper, clock)) {
            ConvaiClient client = new ConvaiClient(ConvaiSettings.of(sandbox.baseUri(), sandbox.apiKey()), mapper);
            List<String> voices = client.voices().stream()
                    .map(VoiceOption::voiceValue)
                    .limit(40)
                    .toList();
            List<String> languages = new ArrayList<>(List.of("en-US"));
            client.languages().stream()
                    .map(io.characterstudio.model.Language::code)
                    .filter(c -> !c.equals("en-US"))
                    .limit(8)
                    .forEach(languages::add);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<CompletableFuture<String>> ids = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    ids.add(new CompletableFuture<>());
                }
                for (int i = 0; i < count; i++) {
                    int n = i;
                    CompletableFuture<String> mine = ids.get(n);
                    pool.submit(() -> mine.complete(makeOne(n, client, workspace, ids, words, voices, languages)));
                }
                for (CompletableFuture<String> id : ids) {
                    id.get();
                }
                return ids.size();
            } finally {
                pool.shutdown();
            }
        }
    }

    private static String makeOne(
            int n,
            ConvaiClient client,
            Workspace workspace,
            List<CompletableFuture<String>> ids,
            int words,
            List<String> voices,
            List<String> languages) {
        try {
            Random r = new Random(n);
            CharacterFields f = fields(r, n, words, voices, languages);
            if (n % 20 == 19 && n > 20) {
                String source = ids.get(n - 19).get();
                String copy = client.cloneCharacter(source, false);
                ServerCharacter c = client.get(copy);
                workspace.knownCharacters().recordServerCopy(CONNECTION, c, Origin.CLONED, source);
                return copy;
            }
            String id = client.create(f);
            if (!f.languageCodes().equals(List.of("en-US"))) {
                client.update(
                        id,
                        new io.characterstudio.model.CharacterUpdate(null, null, null, null, f.languageCodes()),
                        true);
            }
            workspace
                    .knownCharacters()
                    .recordServerCopy(CONNECTION, new ServerCharacter(id, f, "", ""), Origin.CREATED, null);
            return id;
        } catch (Exception e) {
            ids.get(n).completeExceptionally(e);
            throw new IllegalStateException("Character " + n + " could not be made: " + e.getMessage(), e);
        }
    }

    static CharacterFields fields(Random r, int n, int words, List<String> voices, List<String> languages) {
        String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " " + n;
        StringBuilder story = new StringBuilder(name)
                .append(" grew up in ")
                .append(TOWNS[r.nextInt(TOWNS.length)])
                .append('.');
        for (int w = 6; w < words; w++) {
            story.append(' ').append(w % 97 == 0 ? TOWNS[r.nextInt(TOWNS.length)] : WORDS[r.nextInt(WORDS.length)]);
            if (w % 14 == 13) {
                story.append('.');
            }
        }
        story.append('.');
        List<String> actions = new ArrayList<>();
        for (int a = r.nextInt(4); a > 0; a--) {
            String action = ACTIONS[r.nextInt(ACTIONS.length)];
            if (!actions.contains(action)) {
                actions.add(action);
            }
        }
        List<String> langs =
                n % 3 == 0 ? List.of("en-US") : List.of("en-US", languages.get(1 + r.nextInt(languages.size() - 1)));
        return new CharacterFields(name, voices.get(r.nextInt(voices.size())), story.toString(), actions, langs);
    }
}
