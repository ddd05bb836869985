package io.characterstudio.ui.library;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lines under a library row's name: the voice's display name and the languages (the raw voice
 * value in a tooltip); then "cloned from …" for a clone or the short ID for the others, and
 * "N clones" as a link to the {@code from:} filter of the row. Each piece has a line of its own so
 * that at the library's default width none of it ends in "…".
 */
final class RowDetails {

    private RowDetails() {
    }

    static Node of(LibraryItem item, LibraryViewModel vm) {
        Label voice = detail(Stream.of(vm.voices().label(item.voice()), item.languages()).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · ")));
        voice.setTooltip(new Tooltip(vm.voices().tooltip(item.voice())));
        // A clone's own short ID gives way to its lineage (the editor shows the ID); the others show it.
        Label lineage = detail(item.lineage().isEmpty() ? item.shortId() : item.lineage());
        if (item.cloneText().isEmpty()) {
            return new javafx.scene.layout.VBox(2, voice, lineage);
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
        HBox line = new HBox(4, lineage, dot, clones);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.setMinWidth(0);
        return new javafx.scene.layout.VBox(2, voice, line);
    }

    private static Label detail(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail");
        label.setMinWidth(0);
        return label;
    }
}
