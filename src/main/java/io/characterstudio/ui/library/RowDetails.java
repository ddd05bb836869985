package io.characterstudio.ui.library;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lines under a library row's name: the voice's display name (the raw voice value in a
 * tooltip); the languages with the short ID (a clone: the languages, then "cloned from …" on a
 * line of its own); and "N clones" as a link to the {@code from:} filter of the row. The voice
 * and the languages no longer share a line, so that at the library's default width neither ends
 * in "…" (a catalogue voice name alone fills most of it).
 */
final class RowDetails {

    private RowDetails() {
    }

    static Node of(LibraryItem item, LibraryViewModel vm) {
        // The voice has a line of its own (a catalogue name alone fills most of the default width);
        // the languages share theirs with the short ID, or a clone's lineage takes a line of its own.
        Label voice = detail(vm.voices().label(item.voice()));
        voice.setTooltip(new Tooltip(vm.voices().tooltip(item.voice())));
        boolean clone = !item.lineage().isEmpty();
        Label languages = detail(Stream.of(item.languages(), clone ? "" : item.shortId()).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · ")));
        VBox box = new VBox(2, voice, languages);
        Label lineage = detail(clone ? item.lineage() : "");
        if (item.cloneText().isEmpty()) {
            if (clone) {
                box.getChildren().add(lineage);
            }
            return box;
        }
        Hyperlink clones = new Hyperlink(item.cloneText());
        clones.getStyleClass().addAll("detail", "library-clones");
        clones.setMinWidth(Hyperlink.USE_PREF_SIZE);
        clones.setFocusTraversable(false);
        clones.setTooltip(new Tooltip("Show the clones of " + item.name()));
        clones.setOnAction(e -> {
            vm.showClonesOf(item.id());
            e.consume();
        });
        Label dot = new Label("·");
        dot.setMinWidth(Label.USE_PREF_SIZE);
        HBox line = clone ? new HBox(4, lineage, dot, clones) : new HBox(4, clones);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinWidth(0);
        box.getChildren().add(line);
        return box;
    }

    private static Label detail(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail");
        label.setMinWidth(0);
        return label;
    }
}
