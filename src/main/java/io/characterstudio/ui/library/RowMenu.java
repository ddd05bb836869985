package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A library row's context menu: show its clones, show what it was cloned from, remove it from the
 * library. It opens on a right click, and by keyboard with Shift+F10 or the Menu key on the
 * focused row (below the row, its first entry focused). Each entry is also in the main menus.
 */
final class RowMenu {

    private final LibraryViewModel vm;
    private final Consumer<List<String>> onRemove;

    RowMenu(LibraryViewModel vm, Consumer<List<String>> onRemove) {
        this.vm = vm;
        this.onRemove = onRemove;
    }

    /** Whether {@code e} asks for a context menu: Shift+F10 or the Menu key. */
    static boolean asksForMenu(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU
                || e.getCode() == KeyCode.F10 && e.isShiftDown() && !e.isControlDown() && !e.isAltDown();
    }

    /** Opens the menu of the list's focused row (or its selected one, or the first) under that row. */
    void showForFocusedRow(ListView<LibraryItem> list) {
        int index = list.getFocusModel().getFocusedIndex();
        if (index < 0) {
            index = Math.max(0, list.getSelectionModel().getSelectedIndex()); // no row focused yet: the first
        }
        list.scrollTo(index);
        if (index < 0 || index >= list.getItems().size()) {
            return;
        }
        int row = index;
        LibraryItem item = list.getItems().get(row);
        Node anchor = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getIndex() == row && c.isVisible())
                .findFirst()
                .orElse(list);
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        ContextMenu menu = create(item);
        menu.setOnShown(e -> menu.getSkin().getNode().requestFocus());
        menu.show(anchor, b.getMinX() + 16, b.getMaxY());
    }

    ContextMenu create(LibraryItem item) {
        MenuItem clones = new MenuItem("Show its _clones (" + item.cloneIds().size() + ")");
        clones.setId("libraryShowClones");
        clones.setDisable(item.cloneIds().isEmpty());
        clones.setOnAction(e -> vm.showClonesOf(item.id()));
        MenuItem source = new MenuItem("Show what it was cloned _from");
        source.setId("libraryShowSource");
        source.setDisable(item.character().clonedFrom().isEmpty());
        source.setOnAction(e -> item.character()
                .clonedFrom()
                .ifPresent(from -> vm.filterProperty().set(from)));
        MenuItem remove = new MenuItem("_Remove from library…");
        remove.setId("libraryRemove");
        remove.setDisable(item.status() == KnownCharacter.Status.PRESENT);
        // The selection when the row is part of it (many at once), else the row alone.
        remove.setOnAction(e -> onRemove.accept(
                vm.selectedIds().contains(item.id()) ? List.copyOf(vm.selectedIds()) : List.of(item.id())));
        ContextMenu menu = new ContextMenu(clones, source, new SeparatorMenuItem(), remove);
        menu.setId("libraryRowMenu");
        return menu;
    }
}
