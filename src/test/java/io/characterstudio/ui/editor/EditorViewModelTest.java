package io.characterstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.ValidationProblem;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.common.StatusModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's rules and commands against a real sandbox, without a toolkit. */
class EditorViewModelTest {

    private SandboxWorld world;
    private StatusModel status;
    private EditorViewModel vm;

    @BeforeEach
    void start() {
        world = SandboxWorld.inMemory(Runnable::run);
        status = new StatusModel();
        vm = new EditorViewModel(world.session(), world.drafts, status, Runnable::run);
        vm.loadCatalogues().join();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private void fillAnn() {
        vm.nameProperty().set("Ann");
        vm.voice().voiceProperty().set("AriaNeural");
        vm.backstory().textProperty().set("Keeps the lighthouse.");
        vm.actions().newActionProperty().set("Wave");
        vm.actions().add();
        vm.languages().choose("fr-FR", true);
    }

    @Test
    void aNewCharacterIsCleanUntilTypedIntoAndValidationGatesSave() {
        assertThat(vm.openProperty().get()).isFalse();
        vm.startNew();
        assertThat(vm.openProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("New character");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.nameProperty().set("Ann");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("• Ann");
        assertThat(vm.canSaveProperty().get())
                .as("voice and backstory still missing")
                .isFalse();
        fillAnn();
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.nameProperty().set("Ann\tB");
        assertThat(vm.nameProblemProperty().get()).contains("control character");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("Not saved:");
        assertThat(world.sandbox.characterCount()).isZero();
    }

    @Test
    void aRevertedNewCharacterHintsCalmlyUntilAFieldIsEnteredAgainAndLeft() {
        vm.startNew();
        vm.fieldEntered(io.characterstudio.model.CharacterField.BACKSTORY);
        vm.backstory().textProperty().set("Twelve hundred words.");
        vm.revert();
        vm.fieldLeft(io.characterstudio.model.CharacterField.BACKSTORY); // the focus was still there
        assertThat(vm.backstoryMessage().hint().get())
                .as("not typed in since the revert: a calm hint")
                .isTrue();
        vm.fieldEntered(io.characterstudio.model.CharacterField.BACKSTORY);
        vm.fieldLeft(io.characterstudio.model.CharacterField.BACKSTORY);
        assertThat(vm.backstoryMessage().text().get())
                .as("entered and left empty")
                .isEqualTo("The backstory is required.");
    }

    @Test
    void aBlankNewCharacterShowsNeutralHintsUntilAFieldIsLeftEmptyOrASaveIsTried() {
        vm.startNew();
        for (FieldMessage m : List.of(vm.nameMessage(), vm.voiceMessage(), vm.backstoryMessage())) {
            assertThat(m.hint().get())
                    .as("a blank new form hints, it does not scold")
                    .isTrue();
            assertThat(m.text().get())
                    .startsWith("Required")
                    .doesNotContain("is required")
                    .isNotEqualTo("Choose a voice.");
        }
        vm.fieldLeft(io.characterstudio.model.CharacterField.NAME);
        assertThat(vm.nameMessage().hint().get()).isFalse();
        assertThat(vm.nameMessage().text().get()).isEqualTo("The name is required.");
        assertThat(vm.voiceMessage().hint().get())
                .as("only the field left empty")
                .isTrue();

        vm.backstory().textProperty().set("Keeps");
        vm.backstory().textProperty().set("");
        assertThat(vm.backstoryMessage().text().get())
                .as("emptied after typing")
                .isEqualTo("The backstory is required.");

        assertThat(vm.save().join()).isFalse();
        assertThat(vm.voiceMessage().hint().get()).as("a save was tried").isFalse();
        assertThat(vm.voiceMessage().text().get()).isEqualTo("Choose a voice.");

        vm.startNew();
        assertThat(vm.nameMessage().hint().get())
                .as("the next new character starts calm again")
                .isTrue();
        vm.nameProperty().set("Ann\tB");
        assertThat(vm.nameMessage().text().get())
                .as("other problems show at once")
                .contains("control character");
    }

    @Test
    void aKeystrokeInTheBackstoryRunsTheRulesOnceAndOnlyForTheBackstory() {
        vm.startNew();
        fillAnn();
        readEverythingTheFormShows();
        int before = vm.ruleRuns();

        vm.backstory().textProperty().set("Keeps the lighthouse!");
        readEverythingTheFormShows();

        assertThat(vm.ruleRuns() - before)
                .as("rule runs for one change of the backstory")
                .isEqualTo(1);
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.backstory().textProperty().set(" ");
        assertThat(vm.backstory().problemProperty().get()).contains("required");
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void everyFieldsMessageIsReadFromTheOneListOfProblemsWithoutCheckingAgain() {
        vm.startNew();
        fillAnn();
        assertThat(vm.save().join()).isTrue();
        Map<CharacterField, Runnable> breakIt = new EnumMap<>(CharacterField.class);
        breakIt.put(CharacterField.NAME, () -> vm.nameProperty().set("Ann\tB"));
        breakIt.put(CharacterField.VOICE, () -> vm.voice().voiceProperty().set(""));
        breakIt.put(
                CharacterField.BACKSTORY, () -> vm.backstory().textProperty().set(" "));
        breakIt.put(CharacterField.ACTIONS, () -> vm.actions().actions().add("a;b"));
        breakIt.put(CharacterField.LANGUAGES, () -> vm.languages().selected().clear());
        for (CharacterField field : CharacterField.values()) {
            vm.revert();
            readEverythingTheFormShows();
            vm.message(field).text().get();
            int before = vm.ruleRuns();
            breakIt.get(field).run();
            readEverythingTheFormShows();
            List<ValidationProblem> problems = vm.problemsProperty().get();
            assertThat(problems)
                    .as(field + " broken")
                    .extracting(ValidationProblem::field)
                    .containsExactly(field);
            assertThat(vm.message(field).text().get()).isEqualTo(problems.get(0).message());
            assertThat(vm.message(field).hint().get()).isFalse();
            assertThat(vm.ruleRuns() - before)
                    .as("rule runs for one change of the " + field.word())
                    .isEqualTo(1);
        }
    }

    /** What the editor's view shows while the user types: the problems, Save, the counters. */
    private void readEverythingTheFormShows() {
        vm.canSaveProperty().get();
        vm.saveAvailableProperty().get();
        vm.nameProblemProperty().get();
        vm.backstory().problemProperty().get();
        vm.backstory().counterProperty().get();
        vm.actions().problemProperty().get();
        vm.languages().problemProperty().get();
        vm.titleProperty().get();
        for (CharacterField field : CharacterField.values()) {
            vm.message(field).text().get();
        }
    }

    @Test
    void saveCreatesANewCharacterWithAllFiveFields() {
        vm.startNew();
        fillAnn();
        assertThat(vm.save().join()).isTrue();
        ServerCharacter saved = vm.snapshotProperty().get();
        assertThat(saved.id()).isNotBlank();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        CharacterFields expected = new CharacterFields(
                "Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US", "fr-FR"));
        assertThat(world.direct.get(saved.id()).fields()).isEqualTo(expected);
        assertThat(status.lastResultProperty().get()).isEqualTo("Saved \"Ann\".");
    }

    @Test
    void aSaveOverAChangeMadeElsewhereIsRefusedAndKeepsTheText() {
        String id = world.direct.create(new CharacterFields("Ann", "AriaNeural", "Old.", List.of(), List.of("en-US")));
        vm.load(world.direct.get(id));
        world.direct.update(
                id, new io.characterstudio.model.CharacterUpdate("Renamed elsewhere", null, null, null, null), false);
        vm.backstory().textProperty().set("New.");
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.errorProperty().get()).contains("changed elsewhere");
        assertThat(vm.lastFailureProperty().get()).isInstanceOf(io.characterstudio.service.ConflictException.class);
        assertThat(vm.backstory().textProperty().get()).isEqualTo("New.");
        assertThat(world.direct.get(id).fields().backstory()).isEqualTo("Old.");
    }

    @Test
    void aBackstoryPastTheLimitIsRefusedBeforeSending() {
        vm.startNew();
        fillAnn();
        vm.backstory().textProperty().set("word ".repeat(1001));
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.save().join()).isFalse();
        assertThat(world.sandbox.characterCount()).isZero();
    }

    @Test
    void theNotSavedBannerFollowsTheProblemsAndGoesOnceTheFormIsFine() {
        vm.startNew();
        fillAnn();
        vm.voice().voiceProperty().set("");
        vm.backstory().textProperty().set("word ".repeat(1001));
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("Not saved:").contains("1001");
        assertThat(status.lastResultProperty().get()).startsWith("Not saved:");
        vm.backstory().textProperty().set("word ".repeat(994));
        assertThat(vm.errorProperty().get())
                .as("only the voice is left")
                .startsWith("Not saved:")
                .doesNotContain("1001");
        vm.voice().voiceProperty().set("AriaNeural");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(status.lastResultProperty().get()).doesNotStartWith("Not saved");
        assertThat(status.lastFailedProperty().get()).isFalse();
    }

    @Test
    void theFindBarsNotFoundGoesOnEscapeAndTheFindBarEmptiesForAnotherCharacter() {
        vm.startNew();
        fillAnn();
        vm.backstory().findQueryProperty().set("zebra");
        assertThat(vm.backstory().find(0)).isEqualTo(-1);
        assertThat(vm.backstory().findResultProperty().get()).isEqualTo("Not found");
        vm.backstory().clearFindResult();
        assertThat(vm.backstory().findResultProperty().get()).isEmpty();
        assertThat(vm.backstory().find(0)).isEqualTo(-1);
        vm.startNew();
        assertThat(vm.backstory().findResultProperty().get()).isEmpty();
        assertThat(vm.backstory().findQueryProperty().get()).isEmpty();
    }

    @Test
    void aSaveThatFailsKeepsEveryTypedFieldAndSaysWhy() {
        vm.startNew();
        fillAnn();
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("Not saved. The server failed (reference ");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.nameProperty().get()).isEqualTo("Ann");
        assertThat(vm.backstory().textProperty().get()).isEqualTo("Keeps the lighthouse.");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.snapshotProperty().get()).isNull();
        assertThat(status.lastFailedProperty().get()).isTrue();

        world.sandbox.faults().set(FaultSettings.NONE.withDrops(1.0));
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.errorProperty().get()).contains("Your text is kept");

        world.sandbox.faults().clear();
        assertThat(vm.save().join()).isTrue();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void saveOfACharacterDeletedElsewhereSaysItIsNotFound() {
        String id = world.direct.create(new CharacterFields("Ann", "AriaNeural", "Old.", List.of(), List.of("en-US")));
        vm.load(world.direct.get(id));
        world.direct.delete(id, false);
        vm.backstory().textProperty().set("New.");
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Not saved. No character " + id + " in this account.");
        assertThat(vm.backstory().textProperty().get()).isEqualTo("New.");
    }

    @Test
    void revertRestoresTheServerCopyAndReloadReadsItAgain() {
        String id = world.direct.create(
                new CharacterFields("Ann", "AriaNeural", "Old.", List.of("Wave"), List.of("en-US")));
        vm.load(world.direct.get(id));
        vm.backstory().textProperty().set("Changed.");
        vm.actions().remove(0);
        vm.revert();
        assertThat(vm.backstory().textProperty().get()).isEqualTo("Old.");
        assertThat(vm.actions().actions()).containsExactly("Wave");
        assertThat(vm.dirtyProperty().get()).isFalse();

        world.direct.update(
                id, new io.characterstudio.model.CharacterUpdate(null, null, "From elsewhere.", null, null), false);
        assertThat(vm.reload().join()).isTrue();
        assertThat(vm.backstory().textProperty().get()).isEqualTo("From elsewhere.");
        world.sandbox.faults().set(FaultSettings.NONE.withNonJson(1.0));
        assertThat(vm.reload().join()).isFalse();
        assertThat(vm.errorProperty().get()).contains("not JSON");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aVoiceSetElsewhereIsKeptAndWarnedAbout() {
        String id = world.direct.create(new CharacterFields("Raymond", "US MALE 1", "b", List.of(), List.of("en-US")));
        vm.load(world.direct.get(id));
        assertThat(vm.voice().voiceProperty().get()).isEqualTo("US MALE 1");
        assertThat(vm.voice().warningProperty().get()).contains("not in the voice catalogue");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void textTypedWhileASaveIsUnderWayIsNotOverwritten() {
        java.util.ArrayDeque<Runnable> pending = new java.util.ArrayDeque<>();
        try (SandboxWorld slow = SandboxWorld.inMemory(pending::add)) {
            EditorViewModel editor = new EditorViewModel(slow.session(), slow.drafts, status, Runnable::run);
            editor.loadCatalogues();
            runAll(pending);
            editor.startNew();
            editor.nameProperty().set("Ann");
            editor.voice().voiceProperty().set("AriaNeural");
            editor.backstory().textProperty().set("First draft.");
            java.util.concurrent.CompletableFuture<Boolean> saving = editor.save();
            assertThat(editor.busyProperty().get()).isTrue();
            assertThat(editor.canSaveProperty().get())
                    .as("no second save while one runs")
                    .isFalse();
            editor.backstory().textProperty().set("First draft, and more typed meanwhile.");
            runAll(pending);
            assertThat(saving.join()).isTrue();
            assertThat(editor.backstory().textProperty().get()).isEqualTo("First draft, and more typed meanwhile.");
            assertThat(editor.snapshotProperty().get().fields().backstory()).isEqualTo("First draft.");
            assertThat(editor.dirtyProperty().get()).isTrue();
        }
    }

    private static void runAll(java.util.ArrayDeque<Runnable> pending) {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    @Test
    void editsAfterASaveReplaceTheSavedMessageAndARefusedSaveSaysWhyAndAsksForTheField() {
        vm.startNew();
        assertThat(vm.saveAvailableProperty().get())
                .as("an empty form may be asked to save, to say why not")
                .isTrue();
        assertThat(vm.save().join()).isFalse();
        assertThat(status.lastFailedProperty().get()).isTrue();
        assertThat(status.lastResultProperty().get()).startsWith("Not saved: ").contains("more problem");
        assertThat(vm.focusRequestProperty().get()).isEqualTo(io.characterstudio.model.CharacterField.NAME);

        fillAnn();
        assertThat(vm.save().join()).isTrue();
        assertThat(status.lastResultProperty().get()).isEqualTo("Saved \"Ann\".");
        assertThat(vm.saveAvailableProperty().get()).as("nothing to save").isFalse();
        vm.backstory().textProperty().set("Keeps the lighthouse, and more.");
        assertThat(status.lastResultProperty().get()).startsWith("Unsaved changes");
        assertThat(vm.headingProperty().get()).isEqualTo("Ann");

        vm.voice().voiceProperty().set("");
        assertThat(vm.save().join()).isFalse();
        assertThat(status.lastResultProperty().get()).startsWith("Not saved: ");
        assertThat(vm.focusRequestProperty().get()).isEqualTo(io.characterstudio.model.CharacterField.VOICE);
    }
}
