package io.characterstudio.ui.history;

import io.characterstudio.model.WordDiff;
import io.characterstudio.ui.common.Em;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Subscription;

/**
 * The backstory diff side by side in one scroll pane under fixed column headings (which never
 * scroll away): the older side on the left (removed words red and struck through), the newer on
 * the right (added words green and underlined), the change in view outlined and scrolled to, and
 * buttons for the previous and next change.
 */
final class DiffPanes {

    private final HistoryComparison comparison;
    private final TextFlow older = new TextFlow();
    private final TextFlow newer = new TextFlow();
    private final HBox sideBySide;
    private final ScrollPane scroll;
    private final VBox view;
    private final List<List<Text>> byChange = new ArrayList<>();
    final Button previous = new Button("\u25B2 Previous");
    final Button next = new Button("\u25BC Next");
    final Label position = new Label();

    DiffPanes(HistoryComparison comparison) {
        this.comparison = comparison;
        older.setId("historyDiffOlder");
        newer.setId("historyDiffNewer");
        Label olderTitle = caption(comparison.olderTitleProperty().get());
        olderTitle.setId("historyOlderTitle");
        olderTitle.textProperty().bind(comparison.olderTitleProperty());
        Label newerTitle = caption("");
        newerTitle.setId("historyNewerTitle");
        newerTitle.textProperty().bind(comparison.newerTitleProperty());
        VBox left = new VBox(4, older);
        VBox right = new VBox(4, newer);
        Em.prefSize(left, 300, Double.NaN); // in em: the room grows with the text size
        Em.prefSize(right, 300, Double.NaN);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        sideBySide = new HBox(16, left, right);
        sideBySide.setPadding(new Insets(4));
        scroll = new ScrollPane(sideBySide);
        scroll.setId("historyDiffScroll");
        scroll.setFitToWidth(true);
        Em.prefSize(scroll, 620, 420);
        scroll.setMinHeight(120);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The headings sit above the scroll pane, each as wide as its column, so they stay in view
        // wherever the diff scrolls to.
        olderTitle.prefWidthProperty().bind(left.widthProperty());
        newerTitle.prefWidthProperty().bind(right.widthProperty());
        olderTitle.setMinWidth(0);
        newerTitle.setMinWidth(0);
        HBox headings = new HBox(16, olderTitle, newerTitle);
        headings.setId("historyDiffHeadings");
        headings.setPadding(new Insets(0, 5, 0, 5)); // the side-by-side padding plus the scroll pane's edge
        view = new VBox(2, headings, scroll);
        VBox.setVgrow(view, Priority.ALWAYS);
        previous.setId("historyPreviousChange");
        previous.setTooltip(new Tooltip("Previous change (Shift+F7 or Alt+Up)"));
        previous.setOnAction(e -> comparison.previousChange());
        next.setId("historyNextChange");
        next.setTooltip(new Tooltip("Next change (F7 or Alt+Down)"));
        next.setOnAction(e -> comparison.nextChange());
        position.setId("historyChangePosition");
        position.getStyleClass().add("hint");
        position.setMinWidth(Region.USE_PREF_SIZE);
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> comparison.changeCountProperty().get() == 0
                                ? "No changes in the backstory"
                                : "Change "
                                        + (comparison.currentChangeProperty().get() + 1) + " of "
                                        + comparison.changeCountProperty().get(),
                        comparison.changeCountProperty(),
                        comparison.currentChangeProperty()));
        previous.disableProperty().bind(comparison.currentChangeProperty().lessThanOrEqualTo(0));
        next.disableProperty()
                .bind(comparison.currentChangeProperty().add(1).greaterThanOrEqualTo(comparison.changeCountProperty()));
    }

    /** The column headings, fixed, above the scrolling side-by-side text. */
    Node view() {
        return view;
    }

    /** Paints and follows the comparison until the returned subscription is ended. */
    Subscription follow() {
        return comparison
                .diffProperty()
                .subscribe(d -> paint())
                .and(comparison.currentChangeProperty().subscribe(n -> reveal()));
    }

    /** Unbinds what was bound to the comparison. */
    void unbind() {
        position.textProperty().unbind();
        previous.disableProperty().unbind();
        next.disableProperty().unbind();
    }

    private void paint() {
        List<WordDiff.Segment> diff = comparison.diffProperty().get();
        List<Text> left = new ArrayList<>();
        List<Text> right = new ArrayList<>();
        byChange.clear();
        for (int i = 0; i < diff.size(); i++) {
            WordDiff.Segment s = diff.get(i);
            int change = comparison.changeOf(i);
            Text t = text(s);
            if (s.kind() != WordDiff.Kind.ADDED) {
                left.add(t);
            }
            if (s.kind() != WordDiff.Kind.REMOVED) {
                right.add(s.kind() == WordDiff.Kind.SAME ? text(s) : t);
            }
            if (change >= 0) {
                while (byChange.size() <= change) {
                    byChange.add(new ArrayList<>());
                }
                byChange.get(change).add(t);
            }
        }
        older.getChildren().setAll(left);
        newer.getChildren().setAll(right);
        reveal();
    }

    /** Marks the change in view and scrolls it to about a third of the pane's height. */
    private void reveal() {
        int current = comparison.currentChangeProperty().get();
        for (int i = 0; i < byChange.size(); i++) {
            for (Text t : byChange.get(i)) {
                t.getStyleClass().remove("diff-current");
                if (i == current) {
                    t.getStyleClass().add("diff-current");
                }
            }
        }
        if (current < 0 || current >= byChange.size() || scroll.getScene() == null) {
            return;
        }
        sideBySide.applyCss();
        sideBySide.layout();
        double top = Double.MAX_VALUE;
        for (Text t : byChange.get(current)) {
            Bounds b = sideBySide.sceneToLocal(t.localToScene(t.getBoundsInLocal()));
            top = Math.min(top, b.getMinY());
        }
        double room = sideBySide.getHeight() - scroll.getViewportBounds().getHeight();
        if (room > 0) {
            scroll.setVvalue(Math.max(
                    0, Math.min(1, (top - scroll.getViewportBounds().getHeight() / 3) / room)));
        }
    }

    private static Text text(WordDiff.Segment s) {
        Text t = new Text(s.text());
        t.getStyleClass().add("diff-" + s.kind().name().toLowerCase(Locale.ROOT));
        return t;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }
}
