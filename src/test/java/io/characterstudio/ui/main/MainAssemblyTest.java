package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.replace.FindReplaceViewModel;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main view-model is built in one place ({@link MainAssembly}, which the app calls): one
 * constructor, collaborators made outside it, find and replace on the clock it is given, and one
 * leave guard shared by every command that leaves the open character.
 */
class MainAssemblyTest {

    private static final Instant NOON = Instant.parse("2031-05-04T12:00:00Z");

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void theViewModelHasOneConstructorThatOnlyTheAssemblyCalls() {
        Constructor<?>[] constructors = MainViewModel.class.getDeclaredConstructors();
        assertThat(constructors).hasSize(1);
        assertThat(Modifier.isPublic(constructors[0].getModifiers()))
                .as("built through MainAssembly")
                .isFalse();
    }

    @Test
    void findAndReplaceWritesItsDraftsAtTheClockTheAssemblyWasGiven() {
        String bo = world.direct.create(
                new CharacterFields("Bo", "MALE", "Bo rows to Rivertown.", List.of(), List.of("en-US")));
        MainViewModel vm = Apps.over(world, dialogs)
                .clock(Clock.fixed(NOON, ZoneOffset.UTC))
                .started();
        vm.libraryCommands().syncWithAccount().join();
        vm.bulk().fetchMissingBackstories().join();
        List<FindReplaceViewModel> shown = new ArrayList<>();
        dialogs.onFindReplace = fr -> {
            shown.add(fr);
            fr.findProperty().set("Rivertown");
            fr.replaceProperty().set("Lakeside");
            fr.preview().join();
            return fr.apply();
        };

        assertThat(vm.windows().findAndReplace()).isEqualTo(1);

        world.drafts.flushAll();
        List<Draft> drafts = world.drafts.list(world.connection.id()).join();
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.characterId()).contains(bo);
            assertThat(d.updatedAt()).isEqualTo(NOON);
        });
        vm.windows().findAndReplace();
        assertThat(shown).as("a fresh find and replace each time").hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void everyCommandThatLeavesTheOpenCharacterAsksThroughTheOneLeaveGuard() throws Exception {
        MainViewModel vm = Apps.over(world, dialogs).build();
        List<Object> guards = new ArrayList<>();
        for (Object holder : List.of(
                vm.bulk(),
                field(vm.parts(), "opener"),
                field(vm.parts(), "connectionCommands"),
                field(vm.parts(), "discardedNew"),
                field(vm.parts().open(), "clone"))) {
            for (Field f : holder.getClass().getDeclaredFields()) {
                assertThat(f.getGenericType().getTypeName())
                        .as("no leave question of its own: " + holder.getClass().getSimpleName() + "." + f.getName())
                        .isNotEqualTo(
                                "java.util.function.Supplier<java.util.concurrent.CompletableFuture<java.lang.Boolean>>");
                if (f.getType() == LeaveGuard.class) {
                    f.setAccessible(true);
                    guards.add(f.get(holder));
                }
            }
        }
        assertThat(guards)
                .hasSize(5)
                .allSatisfy(g -> assertThat(g).isSameAs(vm.parts().leaveGuard()));
    }

    @Test
    void theLeaveGuardKeepsEditsOfASavedCharacterAsADraftAndAsksAboutANewOne() {
        String ann = world.direct.create(new CharacterFields("Ann", "FEMALE", "a", List.of(), List.of("en-US")));
        MainViewModel vm = Apps.started(world, dialogs);
        LeaveGuard guard = vm.parts().leaveGuard();
        assertThat(vm.openKnown(ann).join()).isTrue();
        vm.editor().backstory().textProperty().set("Unsaved words.");

        assertThat(guard.keepAsDraft().join()).isTrue();
        assertThat(dialogs.asked).as("journalled edits need no question").isEmpty();
        assertThat(vm.library().item(ann).orElseThrow().hasDraft()).isTrue();

        CompletableFuture<Boolean> asked = guard.ask();
        assertThat(asked.join()).as("Cancel keeps the editor").isFalse();
        assertThat(dialogs.asked).hasSize(1);

        vm.newCharacter();
        vm.editor().nameProperty().set("Cy");
        assertThat(guard.keepAsDraft().join())
                .as("a new character has no row to come back to: asked")
                .isFalse();
        assertThat(dialogs.asked).hasSize(2);
    }

    /** A record's component or a class's field. */
    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        if (owner.getClass().isRecord()) {
            return owner.getClass().getDeclaredMethod(name).invoke(owner);
        }
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
