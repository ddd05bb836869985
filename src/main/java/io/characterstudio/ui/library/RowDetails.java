package io.characterstudio.ui.library;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The second line of a library row: short ID, the voice's display name (the raw value in a
 * tooltip), languages, lineage, and "N clones" as a link to the {@code from:} filter of the row.
 */
final class RowDetails {

    private RowDetails() {
    }

    static Node of(LibraryItem item, LibraryViewModel vm) {
        String lineage = item.lineage().isEmpty() ? "" : " · " + item.lineage();
        Label meta = new Label(Stream.of(item.shortId(), vm.voices().label(item.voice()), item.languages())
                .collect(Collectors.joining(" · ")) + lineage);
        meta.getStyleClass().add("detail");
        meta.setMinWidth(0);
        meta.setTooltip(new Tooltip(vm.voices().tooltip(item.voice())));
        if (item.cloneText().isEmpty()) {
            return meta;
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
        HBox line = new HBox(4, meta, new Label("·"), clones);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.setMinWidth(0);
        return line;
    }
}
