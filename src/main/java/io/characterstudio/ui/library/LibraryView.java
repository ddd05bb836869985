package io.characterstudio.ui.library;

import io.characterstudio.ui.common.Accelerators;
import io.characterstudio.ui.common.TextWidth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The library list: search, sort, and one row per known character. */
public final class LibraryView {

    private final VBox root;
    private final ListView<LibraryItem> list;
    private final TextField search = new TextField();
    private boolean selecting;
    private Supplier<String> currentId;
    private LibraryViewModel vm;
    private Consumer<List<String>> onRemove = ids -> {};
    private final RowMenu rowMenu;

    /**
     * @param open told of every single-row selection (it must be cheap: arrow keys call it per
     *             row); completes with false when the selection should go back to the open character
     */
    public LibraryView(
            LibraryViewModel vm, Function<String, CompletionStage<Boolean>> open, Supplier<String> currentId) {
        search.setId("librarySearch");
        search.setPromptText("Search (name, #tag, lang:…)");
        search.setTooltip(new Tooltip("Search the library (Ctrl+L).\n"
                + "Free text searches name, ID, backstory, actions, voice and"
                + " languages.\n#tag: tagged   *: starred   lang:fr   voice:aria   has:draft\nfrom:NAME, from:\"TWO WORDS\" or from:ID:"
                + " the clones of a character.\nis:deleted, is:missing: the rows hidden by default. Parts combine."));
        search.setAccessibleText("Search the library");
        // Shift+Delete (delete the selected rows) would be Cut in the field: with no text selected it is the command.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE
                    && e.isShiftDown()
                    && !e.isShortcutDown()
                    && search.getSelectedText().isEmpty()) {
                Accelerators.runFirst(e);
            }
        });
        search.textProperty().bindBidirectional(vm.filterProperty());

        ComboBox<LibrarySort> sort = new ComboBox<>();
        sort.setId("librarySort");
        sort.setAccessibleText("Sort the library by");
        sort.getItems().setAll(LibrarySort.values());
        sort.valueProperty().bindBidirectional(vm.sortProperty());

        list = new ListView<>(vm.visible());
        list.setId("library");
        list.setAccessibleText("Known characters");
        rowMenu = new RowMenu(vm, ids -> onRemove.accept(ids));
        RowMenu menu = rowMenu;
        list.setCellFactory(l -> new LibraryCell(vm, menu));
        FocusedRowKeys.install(list, LibraryItem::id);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RowMenu.asksForMenu(e)) {
                rowMenu.showForFocusedRow(list);
                e.consume();
            }
        });
        Label empty = new Label();
        empty.setId("libraryEmpty");
        empty.textProperty().bind(vm.emptyTextProperty());
        empty.getStyleClass().add("hint");
        list.setPlaceholder(empty);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<LibraryItem>) c -> {
            if (!selecting && !vm.changingRows()) {
                // The list itself is the source here: nothing to put back (that would pull the
                // selection back to the open character on every arrow key).
                selecting = true;
                try {
                    vm.selectedIds()
                            .setAll(list.getSelectionModel().getSelectedItems().stream()
                                    .filter(Objects::nonNull)
                                    .map(LibraryItem::id)
                                    .toList());
                } finally {
                    selecting = false;
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (selecting
                    || vm.changingRows()
                    || now == null
                    || list.getSelectionModel().getSelectedItems().size() != 1) {
                return;
            }
            open.apply(now.id()).thenAccept(opened -> {
                if (!opened) {
                    Platform.runLater(() -> select(currentId.get()));
                }
            });
        });
        this.currentId = currentId;
        this.vm = vm;
        // After the change is delivered: the list view's selection cannot change inside it.
        vm.queryProperty().addListener((obs, was, now) -> list.refresh());
        vm.unsavedIdProperty().addListener((obs, was, now) -> list.refresh());
        vm.draftMarksProperty().addListener((obs, was, now) -> list.refresh());
        vm.voices().property().addListener((obs, was, now) -> list.refresh());
        // After any change of the shown rows (also a row read again after an open and set in place) the
        // view's selection is put back from the view-model's: restoring it also re-sets the anchor of a
        // Shift+click range, which a row replaced in place leaves wrong (Shift+click then selected 2 of 3
        // rows: CharacterStudioAppIT).
        vm.visible().addListener((ListChangeListener<LibraryItem>) c -> Platform.runLater(this::restoreSelection));
        vm.selectedIds().addListener((ListChangeListener<String>) c -> {
            if (!selecting) {
                Platform.runLater(this::restoreSelection);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // Down from the search moves into the list (unless the tag suggestions are showing: they take Down first).
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN
                    && !e.isShortcutDown()
                    && !vm.visible().isEmpty()) {
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                list.requestFocus();
                e.consume();
            }
        });

        Label heading = new Label("Library");
        heading.getStyleClass().add("caption");
        HBox sortRow = new HBox(6, new Label("Sort by"), sort, FilterMenu.of(vm));
        sortRow.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("librarySelectionCount");
        count.getStyleClass().add("detail");
        count.textProperty().bind(vm.selectionCountProperty());
        count.visibleProperty().bind(count.textProperty().isNotEmpty());
        count.managedProperty().bind(count.visibleProperty());
        Label shown = new Label();
        shown.setId("libraryCount");
        shown.getStyleClass().add("detail");
        shown.textProperty().bind(vm.countTextProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, heading, gap, shown);
        top.setAlignment(Pos.BASELINE_LEFT);
        TagSuggestionBox.attach(search, vm);
        root = new VBox(6, top, search, sortRow, list, count, HiddenRowsLine.of(vm));
        root.setPadding(new Insets(8));
        // Its minimum width is in theme.css, in em (220 px at 100 %): it grows with the text size.
        root.setId("libraryPane");
    }

    /** The library keeps its width in em in {@code split} as the text size changes (see {@link TextWidth}). */
    public void followTextSize(SplitPane split, ObservableValue<Number> percent) {
        TextWidth.follow(split, root, percent);
    }

    /** What "Remove from library…" in a row's context menu does with the IDs it acts on. */
    public void setOnRemove(Consumer<List<String>> onRemove) {
        this.onRemove = onRemove;
    }

    /** Edit > Show the clones: what the row menu's "Show its clones" does, for the selected row. */
    public void showClonesOfSelected() {
        selectedRow().ifPresent(item -> vm.showClonesOf(item.id()));
    }

    /** Edit > Show what it was cloned from: the row menu's entry, for the selected row. */
    public void showSourceOfSelected() {
        selectedRow()
                .flatMap(item -> item.character().clonedFrom())
                .ifPresent(from -> vm.filterProperty().set(from));
    }

    /** The selected row (the focused one of several), or the open character's. */
    private Optional<LibraryItem> selectedRow() {
        LibraryItem focused = list.getFocusModel().getFocusedItem();
        if (focused != null && list.getSelectionModel().getSelectedItems().contains(focused)) {
            return Optional.of(focused);
        }
        String id = currentId.get();
        return id == null ? Optional.empty() : vm.item(id);
    }

    public Parent root() {
        return root;
    }

    /** The row index of the open character in the list (-1 when it has no row). */
    public int openRow() {
        String id = currentId.get();
        for (int i = 0; id != null && i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Taken before the open character is deleted; run after the delete: puts the focus on the list
     * and its focused row (the frame the arrows move from) on the row that took the deleted one's
     * place (its row now, the last row when there are fewer), without selecting or opening it,
     * once the shown rows no longer hold it (see {@link FocusedRowKeys#inPlaceOf}).
     */
    public Runnable focusInPlaceOfOpen() {
        String id = currentId.get();
        int row = openRow();
        return () -> FocusedRowKeys.inPlaceOf(list, LibraryItem::id, id, row);
    }

    public void focusSearch() {
        search.requestFocus();
    }

    /**
     * Puts the selection back after the rows changed: the user's several rows when there are
     * several (bulk work), otherwise the open character's row.
     */
    private void restoreSelection() {
        if (vm.selectedIds().size() <= 1) {
            select(currentId.get());
            return;
        }
        selecting = true;
        try {
            // One call with every index: selecting row by row is quadratic, and with a thousand
            // rows selected it held the FX thread for a visible moment.
            Set<String> wanted = new HashSet<>(vm.selectedIds());
            int[] indices = IntStream.range(0, list.getItems().size())
                    .filter(i -> wanted.contains(list.getItems().get(i).id()))
                    .toArray();
            list.getSelectionModel().clearSelection();
            if (indices.length > 0) {
                list.getSelectionModel().selectIndices(indices[0], Arrays.copyOfRange(indices, 1, indices.length));
            }
        } finally {
            selecting = false;
        }
    }

    /** Selects the row of {@code id} without opening it again (or clears the selection). */
    public void select(String id) {
        selecting = true;
        try {
            LibraryItem row = id == null
                    ? null
                    : list.getItems().stream()
                            .filter(i -> i.id().equals(id))
                            .findFirst()
                            .orElse(null);
            list.getSelectionModel().clearSelection();
            if (row != null) {
                list.getSelectionModel().select(row);
            }
            vm.selectedIds().setAll(row == null ? List.of() : List.of(row.id()));
        } finally {
            selecting = false;
        }
    }
}
