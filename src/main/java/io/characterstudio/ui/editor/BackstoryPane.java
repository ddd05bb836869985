package io.characterstudio.ui.editor;

import static io.characterstudio.ui.editor.FormParts.button;
import static io.characterstudio.ui.editor.FormParts.caption;
import static io.characterstudio.ui.editor.FormParts.detail;
import static io.characterstudio.ui.editor.FormParts.message;

import io.characterstudio.model.WordCount;
import io.characterstudio.ui.common.NarrowLayout;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

/**
 * The backstory: a find bar, the text (which takes all the height it is given), the word meter and
 * its message. Tab reaches the text before the find bar drawn above it.
 */
final class BackstoryPane {

    /** Below this width (in em) Undo and Redo go beside the word count (a larger text size). */
    static final double FIND_BESIDE_EMS = 39;
    /** Below this width (in em) the find field and its buttons go on a line under the title. */
    static final double FIND_OWN_LINE_EMS = 27;

    private final BackstoryViewModel vm;
    private final TextArea area = new TextArea();
    private final TextField findField = new TextField();
    private final Label findResult = new Label();
    private final GridPane root;

    BackstoryPane(BackstoryViewModel vm, FieldMessage problem) {
        this.vm = vm;
        area.setId("backstory");
        area.setAccessibleText("Backstory");
        area.setWrapText(true);
        area.setPromptText("Who is this character? Where do they come from, what do they want?");
        followText(vm);
        area.getStyleClass().add("backstory");

        findField.setId("findField");
        findField.setPromptText("Find (Ctrl+F)");
        findField.setAccessibleText("Find in the backstory");
        findField.setOnAction(e -> findNext());
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.clearFindResult();
                area.requestFocus();
            }
        });
        findField.setPrefColumnCount(14);
        findResult.setId("findResult");
        findField.textProperty().bindBidirectional(vm.findQueryProperty());
        findResult.textProperty().bind(vm.findResultProperty());
        findField.textProperty().addListener((obs, was, now) -> vm.clearFindResult());
        // A fixed slot, as wide as its longest text, so the field does not move when it shows.
        Label widest = new Label("Not found");
        widest.setVisible(false);
        StackPane resultSlot = new StackPane(widest, findResult);
        resultSlot.setMinWidth(Region.USE_PREF_SIZE);
        Button next = button("findNext", "Find next", this::findNext);
        Button undo = button("undo", "Undo", area::undo);
        Button redo = button("redo", "Redo", area::redo);
        undo.disableProperty().bind(area.undoableProperty().not());
        redo.disableProperty().bind(area.redoableProperty().not());
        Label title = caption("Backstory", area);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(4, title, gap, findField, next, resultSlot, undo, redo);
        bar.setAlignment(Pos.CENTER_LEFT);

        ProgressBar meter = new ProgressBar();
        meter.setId("wordMeter");
        meter.setAccessibleText("Words used of " + WordCount.BACKSTORY_WORD_LIMIT);
        meter.progressProperty().bind(vm.fillProperty());
        meter.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(meter, Priority.ALWAYS);
        vm.levelProperty().addListener((obs, was, now) -> level(meter, now));
        level(meter, vm.levelProperty().get());
        Label counter = detail("wordCount", vm.counterProperty());
        counter.setMinWidth(Region.USE_PREF_SIZE);
        HBox meterRow = new HBox(8, meter, counter);
        meterRow.setAlignment(Pos.CENTER_LEFT);

        Label problemLine = message("backstoryProblem", problem, "field-problem");
        root = new GridPane();
        root.setVgap(6);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setFillWidth(true);
        root.getColumnConstraints().add(wide);
        // Tab follows the order of the children, not the rows they are drawn in: the text comes first
        // (Tab from the languages reaches it at once, as a writer going down the form expects), then
        // the meter and message, then the find bar drawn above it (Ctrl+Tab out of the text, or Ctrl+F).
        root.add(area, 0, 1);
        root.add(meterRow, 0, 2);
        root.add(problemLine, 0, 3);
        root.add(bar, 0, 0);
        RowConstraints text = new RowConstraints();
        text.setVgrow(Priority.ALWAYS);
        root.getRowConstraints().addAll(new RowConstraints(), text);
        GridPane.setVgrow(area, Priority.ALWAYS);
        root.setId("backstoryPane");
        Node[] below = {area, meterRow, problemLine};
        Node[] undoing = {undo, redo};
        // Narrow for its text (a larger text size): Undo and Redo go beside the word count, and the
        // message line takes room only while there is a message, so the text keeps its lines.
        NarrowLayout.when(root, findField.fontProperty(), FIND_BESIDE_EMS, narrow -> {
            (narrow ? bar : meterRow).getChildren().removeAll(undoing);
            (narrow ? meterRow : bar).getChildren().addAll(List.of(undoing));
            FormParts.keepLine(problemLine, !narrow);
        });
        // Narrower still: find, Find next and its result on a line of their own under the title, so the
        // find field keeps the room for its placeholder.
        HBox findRow = new HBox(4);
        findRow.setAlignment(Pos.CENTER_LEFT);
        Node[] finding = {findField, next, resultSlot};
        NarrowLayout.when(root, findField.fontProperty(), FIND_OWN_LINE_EMS, narrow -> {
            if (narrow) {
                bar.getChildren().removeAll(finding);
                findRow.getChildren().setAll(finding);
                root.getChildren().add(findRow); // last: Tab still reaches the text first
            } else {
                root.getChildren().remove(findRow);
                findRow.getChildren().clear();
                bar.getChildren().addAll(2, List.of(finding));
            }
            GridPane.setRowIndex(findRow, 1);
            for (int row = 0; row < below.length; row++) {
                GridPane.setRowIndex(below[row], row + (narrow ? 2 : 1));
            }
            root.getRowConstraints()
                    .setAll(
                            narrow
                                    ? List.of(new RowConstraints(), new RowConstraints(), text)
                                    : List.of(new RowConstraints(), text));
        });
    }

    Node root() {
        return root;
    }

    TextArea area() {
        return area;
    }

    void focusFind() {
        findField.requestFocus();
        findField.selectAll();
    }

    private void findNext() {
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getStart() + 1 : area.getCaretPosition();
        int at = vm.find(from);
        if (at >= 0) {
            area.selectRange(at, at + vm.findQueryProperty().get().length());
        }
    }

    private static void level(ProgressBar meter, BackstoryViewModel.Level level) {
        meter.getStyleClass().removeAll("meter-ok", "meter-warning", "meter-error");
        meter.getStyleClass().add("meter-" + level.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The area and the view-model's text follow each other. A change made {@link
     * BackstoryViewModel#asEdit as an edit} (a revert, its undo) goes into the area's undo history;
     * the undo of a revert takes that step back, so the typing before it stays undoable. Any other
     * change (another character shown) starts a new history.
     */
    private void followText(BackstoryViewModel vm) {
        area.setText(vm.textProperty().get());
        String[] beforeEdit = {null};
        area.textProperty().addListener((obs, was, now) -> {
            if (!now.equals(vm.textProperty().get())) {
                beforeEdit[0] = null; // typed
                vm.textProperty().set(now);
            }
        });
        vm.textProperty().addListener((obs, was, now) -> {
            String shown = area.getText();
            if (now == null || now.equals(shown)) {
                return;
            }
            if (!vm.changingAsEdit()) {
                beforeEdit[0] = null;
                area.setText(now);
                return;
            }
            if (now.equals(beforeEdit[0]) && area.isUndoable()) {
                area.undo();
            }
            beforeEdit[0] = null;
            if (!now.equals(area.getText())) {
                area.replaceText(0, area.getLength(), now);
                beforeEdit[0] = shown;
            }
        });
    }
}
