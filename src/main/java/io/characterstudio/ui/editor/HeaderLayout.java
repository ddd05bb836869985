package io.characterstudio.ui.editor;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;

/**
 * Where the editor's header fields sit in their four-column grid (caption, field, caption, field).
 * Wide: name and voice side by side, each with its caption beside it and its message line under it
 * (always there, so nothing moves when a message comes), the languages below across the width.
 * Narrow for its text (a larger text size): one field a row, the name's and the voice's captions
 * still beside them and the languages' in the line of its chips, before them (so the captions'
 * column stays as narrow as "Voice"), and a
 * message line only while there is a message, so the backstory below keeps its height.
 */
final class HeaderLayout {

    /** The room between the languages' caption and its chips, in px. */
    private static final double GAP = 8;
    /** The chips' preferred wrapping width while wide (FlowPane's default), in px. */
    private static final double WRAP = 400;

    /** A field with its caption and its message line. */
    record Row(Label caption, Node field, Label message) {}

    private final GridPane grid;
    private final Row name;
    private final Row voice;
    private final Row languages;
    /** Laid out narrow. */
    private boolean narrow;

    HeaderLayout(GridPane grid, Row name, Row voice, Row languages) {
        this.grid = grid;
        this.name = name;
        this.voice = voice;
        this.languages = languages;
        for (Row row : new Row[] {name, voice, languages}) {
            grid.getChildren().addAll(row.caption(), row.field(), row.message());
        }
        apply(false);
        languages.caption().widthProperty().addListener((obs, was, now) -> {
            if (narrow) {
                captionInCell(true);
            }
        });
    }

    /** Lays the fields out wide (false) or narrow (true). */
    void apply(boolean narrow) {
        if (narrow) {
            place(name, 0, 0, 3, false);
            place(voice, 0, 2, 3, false);
            // The languages' caption in the chips' cell, the chips after it (a margin as wide as the
            // caption): in the captions' column it would widen it and take that room from every field
            // (a long voice's name would be cut).
            place(languages, 0, 4, 4, false);
            GridPane.setConstraints(languages.caption(), 0, 4, 4, 1, HPos.LEFT, VPos.CENTER);
            captionInCell(true);
            return;
        }
        captionInCell(false);
        place(name, 0, 0, 1, true);
        place(voice, 2, 0, 1, true);
        place(languages, 0, 2, 3, true);
    }

    private void captionInCell(boolean inCell) {
        narrow = inCell;
        double margin = languages.caption().getWidth() + GAP;
        GridPane.setMargin(languages.field(), inCell ? new Insets(0, 0, 0, margin) : null);
        // The grid asks the chips' height for their preferred wrapping width: the room they have.
        FlowPane chips = (FlowPane) languages.field();
        chips.prefWrapLengthProperty().unbind();
        if (inCell) {
            chips.prefWrapLengthProperty().bind(grid.widthProperty().subtract(margin));
        } else {
            chips.setPrefWrapLength(WRAP);
        }
    }

    /** The caption at {@code column}, the field and its message beside it, {@code span} columns wide. */
    private static void place(Row row, int column, int line, int span, boolean keepMessageLine) {
        GridPane.setConstraints(row.caption(), column, line, 1, 1);
        int field = span == 4 ? column : column + 1;
        GridPane.setConstraints(row.field(), field, line, span, 1);
        GridPane.setConstraints(row.message(), field, line + 1, span, 1);
        FormParts.keepLine(row.message(), keepMessageLine);
    }
}
