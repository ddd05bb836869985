package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.characterstudio.convai.ConvaiClient;
import io.characterstudio.convai.ConvaiException;
import io.characterstudio.convai.ConvaiSettings;
import io.characterstudio.convai.RetryPolicy;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.sandbox.Sandbox;
import io.characterstudio.sandbox.SandboxConfig;
import io.characterstudio.store.KnownCharacterStore;
import io.characterstudio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The service against a real sandbox and a real workspace. */
class CharacterServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONNECTION = "sandbox";
    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));

    @TempDir
    Path dataDir;

    private Sandbox sandbox;
    private Workspace workspace;
    private KnownCharacterStore known;
    private ExecutorService executor;
    private CharacterService service;
    private ConvaiClient direct;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.inMemory());
        workspace = Workspace.open(dataDir, JSON, Clock.systemUTC());
        known = workspace.knownCharacters();
        executor = Executors.newFixedThreadPool(8);
        ConvaiSettings settings =
                ConvaiSettings.of(sandbox.baseUri(), sandbox.apiKey()).withRetryPolicy(RetryPolicy.NONE);
        service = new CharacterService(
                CONNECTION, new ConvaiClient(settings, JSON), known, workspace.revisions(), workspace.tags(), executor);
        direct = new ConvaiClient(settings, JSON);
    }

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        workspace.close();
        sandbox.close();
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    private static Throwable failureOf(CompletableFuture<?> f) {
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void createRecordsTheCharacterAndSetsItsLanguages() throws Exception {
        CharacterFields fields =
                new CharacterFields("Ann", "AriaNeural", "b", List.of("Wave", "Nod"), List.of("fr-FR", "en-US"));
        CreatedCharacter created = await(service.create(fields));
        assertThat(created.languagesNotSet()).isEmpty();
        assertThat(created.character().fields()).isEqualTo(fields);
        assertThat(direct.get(created.character().id()).fields()).isEqualTo(fields);
        KnownCharacter k = known.find(CONNECTION, created.character().id()).orElseThrow();
        assertThat(k.origin()).isEqualTo(Origin.CREATED);
        assertThat(k.backstory()).contains("b");
        assertThat(k.serverTimestamp()).isNotBlank();
    }

    @Test
    void anInvalidCharacterIsNotSent() {
        CharacterFields bad = new CharacterFields("Ann\n", "", "b", List.of("a,b"), List.of("xx-XX"));
        Throwable failure = failureOf(service.create(bad));
        assertThat(failure).isInstanceOf(InvalidCharacterException.class);
        assertThat(((InvalidCharacterException) failure).problems()).hasSize(4);
        assertThat(sandbox.characterCount()).isZero();
    }

    @Test
    void aFailedCreateRecordsNothing() throws Exception {
        await(service.languages());
        sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(failureOf(service.create(ANN))).isInstanceOf(ConvaiException.class);
        assertThat(known.list(CONNECTION)).isEmpty();
    }

    @Test
    void saveSendsTheChangedFieldsAndAnswersTheNewServerCopy() throws Exception {
        ServerCharacter copy = await(service.create(ANN)).character();
        CharacterFields edited =
                new CharacterFields("Ann", "AriaNeural", "A new backstory.", List.of("Wave"), List.of("en-US"));
        ServerCharacter saved = await(service.save(copy, edited, false));
        assertThat(saved.fields()).isEqualTo(edited);
        assertThat(direct.get(copy.id()).fields()).isEqualTo(edited);
        assertThat(known.find(CONNECTION, copy.id()).orElseThrow().backstory()).contains("A new backstory.");
    }

    @Test
    void aChangeMadeElsewhereSinceTheEditStartedIsAConflictAndNothingIsSent() throws Exception {
        ServerCharacter copy = await(service.create(ANN)).character();
        direct.update(
                copy.id(),
                new io.characterstudio.model.CharacterUpdate("Renamed elsewhere", null, null, null, null),
                false);
        CharacterFields edited =
                new CharacterFields("Ann", "AriaNeural", "A new backstory.", List.of("Wave"), List.of("en-US"));
        Throwable failure = failureOf(service.save(copy, edited, false));
        assertThat(failure).isInstanceOfSatisfying(ConflictException.class, c -> {
            assertThat(c.theirs().name()).isEqualTo("Renamed elsewhere");
            assertThat(c.base()).isEqualTo(copy);
            assertThat(c.mine()).isEqualTo(edited);
        });
        assertThat(direct.get(copy.id()).fields().backstory()).isEqualTo(ANN.backstory());
    }

    @Test
    void saveWithNothingChangedSendsNothing() throws Exception {
        ServerCharacter copy = await(service.create(ANN)).character();
        sandbox.faults().set(FaultSettings.NONE.withDrops(1.0));
        assertThat(await(service.save(copy, copy.fields(), false))).isSameAs(copy);
    }

    @Test
    void aFailedSaveKeepsTheKnownCopy() throws Exception {
        ServerCharacter copy = await(service.create(ANN)).character();
        sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        CharacterFields edited = new CharacterFields("Ann", "AriaNeural", "Lost?", List.of("Wave"), List.of("en-US"));
        assertThat(failureOf(service.save(copy, edited, false))).isInstanceOf(ConvaiException.class);
        assertThat(known.find(CONNECTION, copy.id()).orElseThrow().backstory()).contains(ANN.backstory());
    }

    @Test
    void getRemembersTheCharacterAsOpened() throws Exception {
        String id = direct.create(ANN);
        ServerCharacter c = await(service.get("  " + id + "\n"));
        assertThat(c.fields()).isEqualTo(ANN);
        KnownCharacter k = known.find(CONNECTION, id).orElseThrow();
        assertThat(k.origin()).isEqualTo(Origin.OPENED_BY_ID);
        assertThat(k.lastOpenedAt()).isPresent();
    }

    @Test
    void aGetThatIsNotFoundMarksTheKnownCharacterMissing() throws Exception {
        ServerCharacter c = await(service.create(ANN)).character();
        direct.delete(c.id(), false);
        Throwable failure = failureOf(service.get(c.id()));
        assertThat(failure)
                .isInstanceOfSatisfying(
                        ConvaiException.class, e -> assertThat(e.kind()).isEqualTo(ConvaiException.Kind.NOT_FOUND));
        KnownCharacter k = known.find(CONNECTION, c.id()).orElseThrow();
        assertThat(k.status()).isEqualTo(Status.MISSING);
        assertThat(k.name()).isEqualTo("Ann");
    }

    @Test
    void findByNameRecordsHowItWasFound() throws Exception {
        String id = direct.create(ANN);
        assertThat(await(service.findByName("Ann")).id()).isEqualTo(id);
        assertThat(known.find(CONNECTION, id).orElseThrow().origin()).isEqualTo(Origin.FOUND_BY_NAME);
        assertThat(failureOf(service.findByName("Nobody"))).isInstanceOf(ConvaiException.class);
    }

    @Test
    void cloneRecordsTheCopyWithItsLineage() throws Exception {
        ServerCharacter source = await(service.create(ANN)).character();
        ServerCharacter copy = await(service.cloneCharacter(source.id(), true));
        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.fields()).isEqualTo(ANN);
        KnownCharacter k = known.find(CONNECTION, copy.id()).orElseThrow();
        assertThat(k.origin()).isEqualTo(Origin.CLONED);
        assertThat(k.clonedFrom()).contains(source.id());
    }

    @Test
    void deleteMarksTheCharacterDeletedAndAFailedDeleteLeavesItPresent() throws Exception {
        ServerCharacter a = await(service.create(ANN)).character();
        ServerCharacter b = await(service.create(ANN)).character();
        await(service.delete(a.id(), false));
        assertThat(known.find(CONNECTION, a.id()).orElseThrow().status()).isEqualTo(Status.DELETED);
        sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(failureOf(service.delete(b.id(), false))).isInstanceOf(ConvaiException.class);
        assertThat(known.find(CONNECTION, b.id()).orElseThrow().status()).isEqualTo(Status.PRESENT);
    }

    @Test
    void cataloguesAreFetchedOnceButAFailureIsNotKept() throws Exception {
        sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(failureOf(service.voices())).isInstanceOf(ConvaiException.class);
        sandbox.faults().clear();
        assertThat(await(service.voices())).hasSize(384);
        assertThat(await(service.languages())).hasSize(24);
        sandbox.faults().set(FaultSettings.NONE.withDrops(1.0));
        assertThat(await(service.voices())).as("answered from the cache").hasSize(384);
        assertThat(await(service.languages())).hasSize(24);
    }

    /**
     * Real concurrency, without timing: each worker's first item waits (bounded) until all eight
     * workers have reached theirs, which only eight items running at once can do. How fast the
     * run is belongs to the benchmark suite.
     */
    @Test
    void refreshManyRunsConcurrentlyWithPerItemResults() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(direct.create(new CharacterFields("C" + i, "MALE", "b", List.of(), List.of("en-US"))));
        }
        ids.add(20, "7bd3274c-1745-11ee-a3af-42010a400002");
        int concurrency = 8;
        CountDownLatch allWorkersBusy = new CountDownLatch(concurrency);
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        AtomicBoolean metTogether = new AtomicBoolean(true);
        BulkRun<String, ServerCharacter> run = service.bulk().refreshMany(ids, concurrency, r -> {
            if (workers.add(Thread.currentThread())) {
                allWorkersBusy.countDown();
                try {
                    metTogether.compareAndSet(true, allWorkersBusy.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        List<ItemResult<String, ServerCharacter>> results = run.results().get(60, TimeUnit.SECONDS);

        assertThat(workers).hasSize(concurrency);
        assertThat(metTogether)
                .as("eight workers held an item at the same time")
                .isTrue();
        assertThat(results).hasSize(31);
        assertThat(results).extracting(ItemResult::id).containsExactlyElementsOf(ids);
        assertThat(results.stream().filter(ItemResult::succeeded)).hasSize(30);
        assertThat(results.get(20).failure()).get().isInstanceOf(ConvaiException.class);
        assertThat(results.get(0).value())
                .get()
                .extracting(ServerCharacter::name)
                .isEqualTo("C0");
        assertThat(run.finished()).isEqualTo(31);
        assertThat(known.list(CONNECTION)).hasSize(30);
        assertThat(known.find(CONNECTION, ids.get(20)))
                .as("an unknown ID that is not found adds no row")
                .isEmpty();
    }

    /**
     * The cancel arrives at a known point: the workers are held by the executor until the run is
     * in hand, and the first finished item cancels it; the rest are skipped, whatever the threads.
     */
    @Test
    void aCancelledRefreshSkipsWhatHadNotStarted() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(direct.create(ANN));
        }
        List<Runnable> heldWorkers = new ArrayList<>();
        AtomicReference<BulkRun<String, ServerCharacter>> inHand = new AtomicReference<>();
        BulkRun<String, ServerCharacter> run = service.bulk()
                .refreshMany(ids, 2, heldWorkers::add, r -> inHand.get().cancel());
        inHand.set(run);
        assertThat(heldWorkers).as("one worker per unit of concurrency").hasSize(2);
        heldWorkers.forEach(Runnable::run);

        List<ItemResult<String, ServerCharacter>> results = run.results().get(30, TimeUnit.SECONDS);
        assertThat(results).hasSize(10);
        assertThat(results.get(0).succeeded()).isTrue();
        assertThat(results.subList(1, 10)).allMatch(ItemResult::wasSkipped);
        assertThat(run.isCancelled()).isTrue();
    }

    @Test
    void anEmptyRefreshCompletesAtOnce() throws Exception {
        assertThat(service.bulk().refreshMany(List.of(), 4, r -> {}).results().get(1, TimeUnit.SECONDS))
                .isEmpty();
        assertThatThrownBy(() -> service.bulk().refreshMany(List.of("a"), 0, r -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
