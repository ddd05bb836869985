package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The backstory's header in a narrow editor column (the library dragged wide in a 1200x780 window, normal
 * text size): the find field and Find next go on a line of their own; no text is drawn over other text.
 */
class BackstoryHeaderIT extends AppWindowIT {

    @Test
    void aNarrowEditorColumnDrawsNoHeaderControlOverAnother() throws Exception {
        launch();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        app.waitFor(() -> robot.lookup("#name").tryQuery().isPresent());
        resizeWindow(1200, 780);
        Parent pane = robot.lookup("#backstoryPane").queryAs(Parent.class);
        double em = fx(() ->
                robot.lookup("#findField").queryAs(TextField.class).getFont().getSize());
        boolean sawNarrow = false;
        // The library dragged wider and wider (the tryout's was about 470 px): the editor column narrows past 39 em.
        // A wide library beside the editor (the tryout dragged it to about 470 px at 1200x780): the same
        // narrow editor column comes from narrowing the window while the library still shows.
        for (double window = 1200; window >= 1100; window -= 20) {
            resizeWindow(window, 780);
            double library = fx(() -> robot.lookup("#libraryPane")
                    .queryAs(Parent.class)
                    .getLayoutBounds()
                    .getWidth());
            double width = fx(() -> pane.getLayoutBounds().getWidth());
            sawNarrow |= width < 39 * em && library > 0;
            String where = "window " + window + " px, library " + library + " px, backstory " + width + " px";
            assertThat(fx(() -> overlaps(pane)))
                    .as("no header control drawn over another, " + where)
                    .isEmpty();
            assertThat(fx(() -> Truncation.truncatedLabels(pane)))
                    .as("nothing cut, " + where)
                    .isEmpty();
            assertThat(fx(() -> Truncation.truncatedPrompts(pane)))
                    .as("no placeholder cut, " + where)
                    .isEmpty();
        }
        app.screenshot("backstory-header-narrow");
        assertThat(sawNarrow)
                .as("the editor column was narrower than 39 em at least once")
                .isTrue();
    }

    /** Pairs of visible labels, buttons and text fields of the header whose bounds in the scene intersect. */
    private static List<String> overlaps(Parent pane) {
        List<Node> controls = new ArrayList<>();
        collect(pane, controls);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Bounds a = bounds(controls.get(i));
                Bounds b = bounds(controls.get(j));
                if (a.intersects(b) && !contains(controls.get(i), controls.get(j))) {
                    found.add(name(controls.get(i)) + " over " + name(controls.get(j)));
                }
            }
        }
        return found;
    }

    private static boolean contains(Node outer, Node inner) {
        for (Node n = inner; n != null; n = n.getParent()) {
            if (n == outer) {
                return true;
            }
        }
        for (Node n = outer; n != null; n = n.getParent()) {
            if (n == inner) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || "backstory".equals(node.getId())) {
            return;
        }
        boolean labelled = node instanceof Labeled l
                && l.getText() != null
                && !l.getText().isEmpty()
                && !(node.getParent() instanceof Labeled);
        if (labelled || node instanceof TextField) {
            out.add(node);
        }
        if (node instanceof Parent p && !(node instanceof TextField)) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** The node's bounds in the scene, shrunk by half a pixel so touching edges do not count. */
    private static Bounds bounds(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return new javafx.geometry.BoundingBox(
                b.getMinX() + 0.5, b.getMinY() + 0.5, Math.max(0, b.getWidth() - 1), Math.max(0, b.getHeight() - 1));
    }

    private static String name(Node n) {
        return (n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName())
                + (n instanceof Labeled l ? " \"" + l.getText() + "\"" : "");
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
