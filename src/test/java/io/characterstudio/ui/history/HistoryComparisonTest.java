package io.characterstudio.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.main.Apps;
import io.characterstudio.ui.main.MainViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history diff is computed only while the dialog shows, and it walks change by change. */
class HistoryComparisonTest {

    @TempDir
    Path dataDir;

    private SandboxWorld world;
    private MainViewModel vm;
    private HistoryViewModel h;

    @BeforeEach
    void start() {
        world = new SandboxWorld(dataDir, Runnable::run);
        vm = Apps.over(world, new FakeDialogs()).build();
        vm.start().join();
        vm.newCharacter();
        vm.editor().nameProperty().set("Ann");
        vm.editor().voice().voiceProperty().set("AriaNeural");
        vm.editor().backstory().textProperty().set("one two three four five six seven");
        vm.save().join();
        h = vm.windows().history();
        h.load().join();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void editsWhileTheDialogIsClosedComputeNothing() {
        HistoryComparison c = h.comparison();
        c.show();
        c.hide();
        int before = c.computations();
        vm.editor().backstory().textProperty().set("one two THREE four");
        vm.editor().nameProperty().set("Ann B.");
        assertThat(c.computations()).isEqualTo(before);
    }

    @Test
    void showingTwiceListensOnce() {
        HistoryComparison c = h.comparison();
        c.show();
        c.hide();
        c.show();
        c.show();
        int before = c.computations();
        vm.editor().backstory().textProperty().set("one two THREE four");
        assertThat(c.computations()).isEqualTo(before + 1);
        assertThat(h.backstoryDiffProperty().get()).isNotEmpty();
        c.hide();
    }

    @Test
    void itOpensAtTheFirstChangeAndStepsThroughThem() {
        HistoryComparison c = h.comparison();
        vm.editor().backstory().textProperty().set("one TWO three four five SIX seven");
        c.show();
        assertThat(c.changeCountProperty().get()).isEqualTo(2);
        assertThat(c.currentChangeProperty().get()).isZero();
        c.nextChange();
        c.nextChange();
        assertThat(c.currentChangeProperty().get()).isEqualTo(1);
        c.previousChange();
        assertThat(c.currentChangeProperty().get()).isZero();
        int six = h.backstoryDiffProperty()
                .get()
                .indexOf(new io.characterstudio.model.WordDiff.Segment(
                        io.characterstudio.model.WordDiff.Kind.ADDED, "SIX "));
        assertThat(c.changeOf(six)).isEqualTo(1);
        assertThat(c.changeOf(0)).isEqualTo(-1);
        c.hide();
    }
}
