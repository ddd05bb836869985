package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The library list: search, sort, and one row per known character. */
public final class LibraryView {

    private final VBox root;
    private final ListView<LibraryItem> list;
    private final TextField search = new TextField();
    private boolean selecting;
    private java.util.function.Supplier<String> currentId;
    private LibraryViewModel vm;

    /**
     * @param open opens the chosen character; completes with false when the user stayed where
     *             they were (then the selection goes back to the open character)
     */
    public LibraryView(LibraryViewModel vm, Function<String, java.util.concurrent.CompletionStage<Boolean>> open,
                       java.util.function.Supplier<String> currentId) {
        search.setId("librarySearch");
        search.setPromptText("Search text, #tag, or * for starred");
        search.setAccessibleText("Search the library");
        search.textProperty().bindBidirectional(vm.filterProperty());

        ComboBox<LibraryViewModel.Sort> sort = new ComboBox<>();
        sort.setId("librarySort");
        sort.setAccessibleText("Sort the library by");
        sort.getItems().setAll(LibraryViewModel.Sort.values());
        sort.valueProperty().bindBidirectional(vm.sortProperty());

        list = new ListView<>(vm.visible());
        list.setId("library");
        list.setAccessibleText("Known characters");
        list.setCellFactory(l -> new ItemCell());
        Label empty = new Label();
        empty.setId("libraryEmpty");
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.all().isEmpty()
                ? "No characters yet.\nPress Ctrl+N to create one,\nor Ctrl+O to open one by ID or name."
                : "No character matches \u201C" + vm.filterProperty().get().strip() + "\u201D.",
                vm.all(), vm.filterProperty()));
        empty.getStyleClass().add("hint");
        list.setPlaceholder(empty);
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        list.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<LibraryItem>) c -> {
            if (!selecting) {
                vm.selectedIds().setAll(list.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(LibraryItem::id).toList());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (selecting || now == null || list.getSelectionModel().getSelectedItems().size() != 1) {
                return;
            }
            open.apply(now.id()).thenAccept(opened -> {
                if (!opened) {
                    javafx.application.Platform.runLater(() -> select(currentId.get()));
                }
            });
        });
        this.currentId = currentId;
        this.vm = vm;
        // After the change is delivered: the list view's selection cannot change inside it.
        vm.visible().addListener((javafx.collections.ListChangeListener<LibraryItem>) c ->
                javafx.application.Platform.runLater(this::restoreSelection));
        vm.selectedIds().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!selecting) {
                javafx.application.Platform.runLater(this::restoreSelection);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label heading = new Label("Library");
        heading.getStyleClass().add("caption");
        HBox sortRow = new HBox(6, new Label("Sort by"), sort);
        sortRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(6, heading, search, sortRow, list);
        root.setPadding(new Insets(8));
        root.setMinWidth(220);
    }

    public Parent root() {
        return root;
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
            list.getSelectionModel().clearSelection();
            for (LibraryItem item : list.getItems()) {
                if (vm.selectedIds().contains(item.id())) {
                    list.getSelectionModel().select(item);
                }
            }
        } finally {
            selecting = false;
        }
    }

    /** Selects the row of {@code id} without opening it again (or clears the selection). */
    public void select(String id) {
        selecting = true;
        try {
            LibraryItem row = id == null ? null
                    : list.getItems().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
            list.getSelectionModel().clearSelection();
            if (row != null) {
                list.getSelectionModel().select(row);
            }
            vm.selectedIds().setAll(row == null ? java.util.List.of() : java.util.List.of(row.id()));
        } finally {
            selecting = false;
        }
    }

    private static final class ItemCell extends ListCell<LibraryItem> {
        ItemCell() {
            // Rows take the list's width and cut long text with an ellipsis instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LibraryItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label((item.favourite() ? "\u2605 " : "") + item.name());
            name.getStyleClass().add("library-name");
            HBox top = new HBox(6, name);
            if (!item.tagText().isEmpty()) {
                Label tags = new Label(item.tagText());
                tags.getStyleClass().add("detail");
                top.getChildren().add(tags);
            }
            if (item.status() != KnownCharacter.Status.PRESENT) {
                Label tag = new Label(item.status() == KnownCharacter.Status.MISSING ? "missing" : "deleted");
                tag.getStyleClass().addAll("tag", "tag-" + tag.getText());
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                top.getChildren().addAll(spacer, tag);
            }
            Label meta = new Label(item.shortId() + " · " + (item.voice().isBlank() ? "no voice" : item.voice())
                    + " · " + item.languages() + (item.lineage().isEmpty() ? "" : " · " + item.lineage()));
            meta.getStyleClass().add("detail");
            VBox box = new VBox(2, top, meta);
            if (item.status() != KnownCharacter.Status.PRESENT) {
                box.getStyleClass().add("library-gone");
            }
            setGraphic(box);
            setText(null);
            setAccessibleText(item.name() + ", " + item.shortId() + (item.status() == KnownCharacter.Status.PRESENT
                    ? "" : ", " + item.status().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
