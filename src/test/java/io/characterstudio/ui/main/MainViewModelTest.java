package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.sandbox.FaultSettings;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.editor.EditorDialogs.LeaveChoice;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's commands against a real sandbox and workspace, with canned dialog answers. */
class MainViewModelTest {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> clipboard = new ArrayList<>();
    private MainViewModel vm;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        vm = newViewModel();
        vm.start().join();
    }

    private MainViewModel newViewModel() {
        return Apps.over(world, dialogs).clipboard(clipboard::add).build();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private String openAnn() {
        String id = world.direct.create(ANN);
        assertThat(vm.openWithoutAsking(new OpenRequest("  " + id + "\n")).join())
                .isTrue();
        return id;
    }

    @Test
    void theWindowTitleNamesTheCharacterTheDirtyStateAndTheConnection() {
        assertThat(vm.windowTitleProperty().get()).isEqualTo("Character Studio — Sandbox (this computer)");
        vm.newCharacter();
        assertThat(vm.windowTitleProperty().get())
                .isEqualTo("New character — Character Studio — Sandbox (this computer)");
        vm.editor().nameProperty().set("Ann");
        assertThat(vm.windowTitleProperty().get()).startsWith("• Ann — ");
    }

    @Test
    void openByTrimmedIdOrByNameLoadsAndRemembersTheCharacter() {
        String id = openAnn();
        assertThat(vm.editor().snapshotProperty().get().id()).isEqualTo(id);
        assertThat(vm.library().visible()).extracting(LibraryItem::id).containsExactly(id);
        String other = world.direct.create(new CharacterFields("Bo", "MALE", "b", List.of(), List.of("en-US")));
        assertThat(vm.openWithoutAsking(new OpenRequest("Bo")).join()).isTrue();
        assertThat(vm.editor().snapshotProperty().get().id()).isEqualTo(other);
        assertThat(world.settings.get(MainViewModel.LAST_CHARACTER + ".sandbox"))
                .contains(other);
    }

    @Test
    void openingAnUnknownIdSaysSoAndLeavesTheEditorAsItWas() {
        assertThat(vm.openWithoutAsking(new OpenRequest("7bd3274c-1745-11ee-a3af-42010a400002"))
                        .join())
                .isFalse();
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .contains("No character with ID 7bd3274c-1745-11ee-a3af-42010a400002 in this account.");
        assertThat(vm.status().lastFailedProperty().get()).isTrue();
        assertThat(vm.openWithoutAsking(new OpenRequest("   ")).join()).isFalse();
    }

    @Test
    void openWhenTheServerIsDownShowsTheErrorInTheOpenEditor() {
        openAnn();
        world.sandbox.faults().set(FaultSettings.NONE.withDrops(1.0));
        assertThat(vm.openWithoutAsking(new OpenRequest("Ann")).join()).isFalse();
        assertThat(vm.editor().errorProperty().get()).contains("broke before an answer");
    }

    @Test
    void theLeaveQuestionCancelKeepsSaveSavesDontSaveDrops() {
        String id = openAnn();
        String other = world.direct.create(new CharacterFields("Bo", "MALE", "b", List.of(), List.of("en-US")));
        vm.editor().backstory().textProperty().set("Unsaved words.");
        dialogs.leaveChoice = LeaveChoice.CANCEL;
        assertThat(vm.confirmLeave().join()).isFalse();
        assertThat(dialogs.asked).containsExactly("save-changes:Ann");
        assertThat(vm.editor().snapshotProperty().get().id()).isEqualTo(id);
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Unsaved words.");

        dialogs.leaveChoice = LeaveChoice.SAVE;
        assertThat(vm.confirmLeave().join()).isTrue();
        assertThat(world.direct.get(id).fields().backstory()).isEqualTo("Unsaved words.");
        assertThat(vm.openKnown(other).join()).isTrue();

        vm.editor().nameProperty().set("Bo changed");
        dialogs.leaveChoice = LeaveChoice.DISCARD;
        assertThat(vm.confirmLeave().join()).isTrue();
        assertThat(world.direct.get(other).name()).isEqualTo("Bo");
    }

    @Test
    void showLastMessageShowsTheStatusBarsTextInFull() {
        openAnn();
        vm.status()
                .failed("The workspace could not be written: a long explanation that a narrow status bar"
                        + " cuts, and that a tooltip shows only to a mouse.");
        vm.windows().showLastMessage();
        assertThat(dialogs.notices)
                .containsExactly("Last message: The workspace could not be written: a long"
                        + " explanation that a narrow status bar cuts, and that a tooltip shows only to a mouse.");
    }

    @Test
    void aSaveThatFailsWhileLeavingKeepsTheEditorOpen() {
        String id = openAnn();
        vm.editor().backstory().textProperty().set("Precious words.");
        world.sandbox.faults().set(FaultSettings.NONE.withServerErrors(1.0));
        dialogs.leaveChoice = LeaveChoice.SAVE;
        assertThat(vm.confirmLeave().join()).isFalse();
        assertThat(vm.editor().snapshotProperty().get().id()).isEqualTo(id);
        assertThat(vm.editor().backstory().textProperty().get()).isEqualTo("Precious words.");
        assertThat(vm.editor().errorProperty().get()).startsWith("Not saved.");
    }

    @Test
    void cloneAsksAboutTheKnowledgeBankAndOpensTheCopy() {
        String id = openAnn();
        dialogs.cloneAnswer = Optional.empty();
        assertThat(vm.cloneCurrent().join()).isFalse();
        assertThat(world.sandbox.characterCount()).isEqualTo(1);
        dialogs.cloneAnswer = Optional.of(true);
        assertThat(vm.cloneCurrent().join()).isTrue();
        String copy = vm.editor().snapshotProperty().get().id();
        assertThat(copy).isNotEqualTo(id);
        assertThat(world.sandbox.characterCount()).isEqualTo(2);
        KnownCharacter known =
                world.workspace.knownCharacters().find("sandbox", copy).orElseThrow();
        assertThat(known.clonedFrom()).contains(id);
        assertThat(vm.library().visible())
                .filteredOn(i -> i.id().equals(copy))
                .singleElement()
                .extracting(LibraryItem::lineage)
                .isEqualTo("cloned from Ann (" + id.substring(0, 8) + ")");
        assertThat(vm.library().visible()).hasSize(2);
    }

    @Test
    void aSingleCloneIsNamedLikeTheBulkPatternSaysSoAndOffersTheWayBack() {
        String id = openAnn();
        dialogs.cloneAnswer = Optional.of(false);
        assertThat(vm.cloneCurrent().join()).isTrue();
        assertThat(vm.editor().snapshotProperty().get().name())
                .as("the bulk clone's first copy")
                .isEqualTo("Ann v1");
        assertThat(vm.backToOriginal().join()).isTrue();
        assertThat(vm.cloneCurrent().join()).isTrue();
        String copy = vm.editor().snapshotProperty().get().id();
        assertThat(vm.editor().snapshotProperty().get().name()).isEqualTo("Ann v2");
        assertThat(world.direct.get(copy).name()).isEqualTo("Ann v2");
        assertThat(vm.status().lastResultProperty().get()).isEqualTo("Cloned Ann \u2192 Ann v2, now editing the copy.");
        assertThat(vm.backToOriginalProperty().get()).isEqualTo("Ann");

        assertThat(vm.backToOriginal().join()).isTrue();
        assertThat(vm.editor().snapshotProperty().get().id()).isEqualTo(id);
        assertThat(vm.backToOriginalProperty().get()).isNull();
        assertThat(vm.backToOriginal().join()).isFalse();
        assertThat(world.sandbox.characterCount()).isEqualTo(3);
    }

    @Test
    void deleteNeedsTheTypedConfirmationAndMarksTheCharacterDeleted() {
        String id = openAnn();
        dialogs.deleteAnswer = false;
        assertThat(vm.deleteCurrent().join()).isFalse();
        assertThat(world.sandbox.characterCount()).isEqualTo(1);
        assertThat(dialogs.asked).contains("delete:Ann:" + id);
        dialogs.deleteAnswer = true;
        assertThat(vm.deleteCurrent().join()).isTrue();
        assertThat(world.sandbox.characterCount()).isZero();
        assertThat(vm.editor().openProperty().get()).isFalse();
        assertThat(vm.library().all())
                .singleElement()
                .extracting(LibraryItem::status)
                .isEqualTo(KnownCharacter.Status.DELETED);
        assertThat(vm.library().visible())
                .as("deleted rows are hidden by default")
                .isEmpty();
        assertThat(vm.status().lastResultProperty().get()).contains("Deleted \"Ann\"");
    }

    @Test
    void aDeleteThatFailsLeavesTheCharacterOpenAndSaysWhy() {
        openAnn();
        dialogs.deleteAnswer = true;
        world.sandbox.faults().set(FaultSettings.NONE.withRateLimits(1.0, 9));
        assertThat(vm.deleteCurrent().join()).isFalse();
        assertThat(vm.editor().openProperty().get()).isTrue();
        assertThat(vm.editor().errorProperty().get()).contains("Too many requests; try again in 9 s.");
    }

    @Test
    void copyIdPutsTheIdOnTheClipboard() {
        String id = openAnn();
        vm.copyId();
        assertThat(clipboard).containsExactly(id);
    }

    @Test
    void theLastCharacterTheThemeAndTheWindowAreRememberedAcrossStarts() {
        String id = openAnn();
        vm.darkThemeProperty().set(true);
        vm.rememberWindow(new WindowState(10, 20, 1000, 700, false, 0.3));
        MainViewModel again = newViewModel();
        again.start().join();
        assertThat(again.editor().snapshotProperty().get().id()).isEqualTo(id);
        assertThat(again.darkThemeProperty().get()).isTrue();
        assertThat(again.windowState()).contains(new WindowState(10, 20, 1000, 700, false, 0.3));
    }

    @Test
    void aBrokenWindowSettingIsIgnored() {
        world.settings.putAll(java.util.Map.of(WindowState.KEY, "garbage;1;2"));
        assertThat(vm.windowState()).isEmpty();
        world.settings.putAll(java.util.Map.of(WindowState.KEY, "0;0;10;10;false;0.5"));
        assertThat(vm.windowState()).as("too small to be a real window").isEmpty();
    }

    @Test
    void theLibraryFiltersByNameIdBackstoryActionsVoiceAndLanguageAndSorts() {
        String ann = openAnn();
        String bo = world.direct.create(
                new CharacterFields("Bo", "MALE", "A sailor from the harbour.", List.of(), List.of("en-US")));
        vm.openWithoutAsking(new OpenRequest(bo)).join();
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Ann", "Bo");
        vm.library().filterProperty().set("HARBOUR");
        assertThat(vm.library().visible()).extracting(LibraryItem::id).containsExactly(bo);
        vm.library().filterProperty().set(ann.substring(0, 8));
        assertThat(vm.library().visible()).extracting(LibraryItem::id).containsExactly(ann);
        vm.library().filterProperty().set("wave");
        assertThat(vm.library().visible())
                .as("by action")
                .extracting(LibraryItem::id)
                .containsExactly(ann);
        vm.library().filterProperty().set("ariaN");
        assertThat(vm.library().visible())
                .as("by voice")
                .extracting(LibraryItem::id)
                .containsExactly(ann);
        vm.library().filterProperty().set("EN-us");
        assertThat(vm.library().visible()).as("by language").hasSize(2);
        vm.library().filterProperty().set("");
        vm.library().sortProperty().set(io.characterstudio.ui.library.LibrarySort.LAST_OPENED);
        assertThat(vm.library().visible()).extracting(LibraryItem::name).containsExactly("Bo", "Ann");
    }

    @Test
    void theLibraryMarksTheRowWithUnsavedEditsAndCountsASelectionOfSeveral() {
        String id = openAnn();
        assertThat(vm.library().unsavedIdProperty().get()).isEmpty();
        vm.editor().backstory().textProperty().set("Something new.");
        assertThat(vm.library().unsavedIdProperty().get()).isEqualTo(id);
        vm.editor().revert();
        assertThat(vm.library().unsavedIdProperty().get()).isEmpty();

        assertThat(vm.library().selectionCountProperty().get()).isEmpty();
        vm.library().selectedIds().setAll(id);
        assertThat(vm.library().selectionCountProperty().get())
                .as("one row: nothing to count")
                .isEmpty();
        vm.library().selectedIds().setAll(id, "other", "third");
        assertThat(vm.library().selectionCountProperty().get()).isEqualTo("3 selected");
        assertThat(vm.library().hasCharactersProperty().get()).isTrue();
    }
}
