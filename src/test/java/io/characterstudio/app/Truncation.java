package io.characterstudio.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Finds text the user cannot read whole: a visible {@link Labeled} whose rendered text (the
 * LabeledText node its skin draws) was cut with the label's ellipsis ("..." by default), and a text field whose placeholder is wider
 * than the field. Call it on the FX thread after a layout pass.
 */
final class Truncation {

    private static final String ELLIPSIS = "\u2026";

    private Truncation() {}

    /** "id-or-class: 'full text' shown as 'cut text…'" for every visible label cut short under {@code root}. */
    static List<String> truncatedLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Labeled labeled) {
                String full = labeled.getText();
                String shown = rendered(labeled);
                String cutMark = labeled.getEllipsisString() == null
                                || labeled.getEllipsisString().isEmpty()
                        ? ELLIPSIS
                        : labeled.getEllipsisString();
                // A one-line status message may end in "…" when its whole text is its tooltip (hover).
                boolean onHover = labeled.getTooltip() != null
                        && labeled.getTooltip().getText() != null
                        && labeled.getTooltip().getText().equals(full);
                if (full != null
                        && !full.isEmpty()
                        && !onHover
                        && !full.endsWith(ELLIPSIS)
                        && !full.endsWith(cutMark)
                        && shown != null
                        && !shown.equals(full)
                        && shown.endsWith(cutMark)) {
                    cut.add(name(labeled) + ": '" + full + "' shown as '" + shown + "'");
                }
            }
        });
        return cut;
    }

    /** The text fields under {@code root} whose placeholder does not fit in their width. */
    static List<String> truncatedPrompts(Parent root) {
        List<String> cut = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof TextField field
                    && field.getPromptText() != null
                    && !field.getPromptText().isEmpty()) {
                Text probe = new Text(field.getPromptText());
                probe.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                    cut.add(name(field) + ": placeholder '" + field.getPromptText() + "' needs "
                            + Math.ceil(probe.getLayoutBounds().getWidth()) + " px, has " + Math.floor(room));
                }
            }
        });
        return cut;
    }

    /** The text {@code labeled}'s skin drew (cut with an ellipsis when it did not fit), or null before a layout. */
    static String shown(Labeled labeled) {
        return rendered(labeled);
    }

    /** The text the skin drew: its direct LabeledText child (a graphic's own labels are walked on their own). */
    private static String rendered(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return text.getText();
            }
        }
        return null;
    }

    private static String name(Node node) {
        String kind = node.getClass().getSimpleName();
        return node.getId() == null ? kind : kind + "#" + node.getId();
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (!node.isVisible()) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }
}
