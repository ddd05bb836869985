package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the library pane shows: the user's kept choice and the window's width. */
class LibraryPaneTest {

    private final Map<String, String> settings = new HashMap<>();

    private LibraryPane pane() {
        return new LibraryPane(key -> Optional.ofNullable(settings.get(key)), settings::putAll);
    }

    @Test
    void foldsAwayWhenNarrowAndComesBackWhenWide() {
        LibraryPane pane = pane();
        pane.windowWidth(1400);
        assertThat(pane.shownProperty().get()).isTrue();
        pane.windowWidth(LibraryPane.NARROW_BELOW - 1);
        assertThat(pane.shownProperty().get()).isFalse();
        assertThat(settings)
                .as("folding away by itself is not the user's choice")
                .isEmpty();
        pane.windowWidth(LibraryPane.NARROW_BELOW);
        assertThat(pane.shownProperty().get()).isTrue();
    }

    @Test
    void hiddenByHandStaysHiddenAndIsKeptAcrossRestarts() {
        LibraryPane pane = pane();
        pane.windowWidth(1400);
        pane.toggle();
        assertThat(pane.shownProperty().get()).isFalse();
        pane.windowWidth(900);
        pane.windowWidth(1400);
        assertThat(pane.shownProperty().get())
                .as("hidden by hand stays hidden when wide")
                .isFalse();

        LibraryPane restarted = pane();
        restarted.windowWidth(1400);
        assertThat(restarted.shownProperty().get()).isFalse();
        restarted.toggle();
        assertThat(pane().shownProperty().get()).as("shown again, kept").isTrue();
    }

    @Test
    void shownByHandWhenNarrowUntilTheWindowIsNarrowedAgain() {
        LibraryPane pane = pane();
        pane.windowWidth(900);
        pane.toggle();
        assertThat(pane.shownProperty().get())
                .as("F9 in a narrow window shows it")
                .isTrue();
        pane.windowWidth(950);
        assertThat(pane.shownProperty().get()).isTrue();
        pane.windowWidth(1400);
        pane.windowWidth(900);
        assertThat(pane.shownProperty().get())
                .as("narrowed again: folds away again")
                .isFalse();
        assertThat(pane.wanted()).isTrue();
    }

    @Test
    void theWidthTheUserDraggedIsKeptAcrossRestartsAndNothingElseIs() {
        LibraryPane pane = pane();
        assertThat(pane.width()).isEqualTo(LibraryPane.DEFAULT_WIDTH);
        pane.windowWidth(900);
        pane.windowWidth(1400);
        assertThat(settings).as("a narrow window changes no kept width").doesNotContainKey(LibraryPane.WIDTH_KEY);
        pane.userWidth(340.4);
        assertThat(pane.width()).isEqualTo(340);
        assertThat(pane().width()).as("after a restart").isEqualTo(340);
        settings.put(LibraryPane.WIDTH_KEY, "nonsense");
        assertThat(pane().width()).as("a damaged value gives the default").isEqualTo(LibraryPane.DEFAULT_WIDTH);
    }
}
