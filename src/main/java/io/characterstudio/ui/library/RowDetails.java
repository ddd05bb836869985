package io.characterstudio.ui.library;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The lines under a library row's name: the voice's display name (the raw voice value in a
 * tooltip); the languages with the short ID (a clone: the languages, then "cloned from …" on a
 * line of its own); and "N clones" as a link to the {@code from:} filter of the row. The voice
 * and the languages no longer share a line, so that at the library's default width neither ends
 * in "…" (a catalogue voice name alone fills most of it).
 * <p>
 * One per cell, made once: {@link #show} only sets texts and hides the lines a row does not have.
 * A new node tree with its two tooltips (each a popup window with a scene of its own) per row
 * update held the FX thread while an arrow key scrolled the list.
 */
final class RowDetails {

    private final Label voice = detail();
    private final Tooltip voiceTip = new Tooltip();
    private final Label languages = detail();
    private final Label lineage = detail();
    private final Label dot = new Label("·");
    private final Hyperlink clones = new Hyperlink();
    private final Tooltip clonesTip = new Tooltip();
    private final HBox line = new HBox(4, lineage, dot, clones);
    private final VBox box = new VBox(2, voice, languages, line);
    private LibraryItem item;

    RowDetails(LibraryViewModel vm) {
        voice.setTooltip(voiceTip);
        clones.getStyleClass().addAll("detail", "library-clones");
        clones.setMinWidth(Hyperlink.USE_PREF_SIZE);
        clones.setFocusTraversable(false);
        clones.setTooltip(clonesTip);
        clones.setOnAction(e -> {
            if (item != null) {
                vm.showClonesOf(item.id());
            }
            e.consume();
        });
        dot.setMinWidth(Label.USE_PREF_SIZE);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinWidth(0);
    }

    /** The lines, to be placed in the cell once. */
    Node node() {
        return box;
    }

    /** Shows {@code row}'s lines: the voice, the languages (with the short ID unless a clone), lineage, clones. */
    void show(LibraryItem row, VoiceNames voices) {
        this.item = row;
        voice.setText(voices.label(row.voice()));
        voiceTip.setText(voices.tooltip(row.voice()));
        boolean clone = !row.lineage().isEmpty();
        languages.setText(Stream.of(row.languages(), clone ? "" : row.shortId())
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · ")));
        lineage.setText(clone ? row.lineage() : "");
        boolean hasClones = !row.cloneText().isEmpty();
        clones.setText(row.cloneText());
        clonesTip.setText(hasClones ? "Show the clones of " + row.name() : "");
        present(lineage, clone);
        present(dot, clone && hasClones);
        present(clones, hasClones);
        present(line, clone || hasClones);
    }

    /** Shows a node and gives it room, or hides it and takes its room away (no new node either way). */
    static void present(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Label detail() {
        Label label = new Label();
        label.getStyleClass().add("detail");
        label.setMinWidth(0);
        return label;
    }
}
