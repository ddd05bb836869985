package io.characterstudio.ui.library;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * The existing tags offered while a {@code #tag} is typed in the library's search: a popup
 * anchored under the search, over the list (nothing under the search moves), as tall as its
 * suggestions (at most {@link TagSuggestions#MAX} rows). The focus never leaves the search:
 * Down and Up move the highlight, Enter (or a click) takes the highlighted tag (it replaces the
 * word typed), Escape closes the popup and keeps the search text, typing goes on in the search.
 * Shown only while the search has the focus and there is something to offer.
 */
final class TagSuggestionBox {

    private static final double ROW_HEIGHT = 26;

    private final TextField search;
    private final ObservableList<String> offered = FXCollections.observableArrayList();
    private final ListView<String> list = new ListView<>(offered);
    private final Popup popup = new Popup();
    /** The text Escape closed the popup on: it stays closed until the text changes. */
    private String dismissedAt;

    private TagSuggestionBox(TextField search, LibraryViewModel vm) {
        this.search = search;
        list.setId("libraryTagSuggestions");
        list.setAccessibleText("Tags to pick");
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setOnMouseClicked(e -> take());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // A click elsewhere (the menu bar, a row) hides the suggestions AND does what it was meant to do:
        // a consumed click once needed a second one to open the Edit menu.
        popup.setConsumeAutoHidingEvents(false);
        popup.setHideOnEscape(false); // Escape is handled below: it must not reach the search
        search.textProperty().addListener((obs, was, now) -> {
            offered.setAll(vm.tagSuggestions(now));
            update();
        });
        search.focusedProperty().addListener((obs, was, now) -> update());
        search.widthProperty().addListener((obs, was, now) -> update());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Attaches the suggestions to {@code search}; the popup is made here, shown when there is something to offer. */
    static void attach(TextField search, LibraryViewModel vm) {
        new TagSuggestionBox(search, vm);
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        switch (e.getCode()) {
            case DOWN -> move(Math.min(offered.size() - 1, at + 1));
            case UP -> move(Math.max(0, at - 1));
            case ENTER -> {
                if (at < 0) {
                    return; // nothing highlighted: Enter means what it means in the search
                }
                take();
            }
            case ESCAPE -> {
                dismissedAt = search.getText();
                popup.hide();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int index) {
        list.getSelectionModel().select(index);
        list.scrollTo(index);
    }

    private void take() {
        String chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            search.setText(TagSuggestions.complete(search.getText(), chosen));
        }
        search.requestFocus();
        search.end();
    }

    /** Shows, places and sizes the popup for what is offered now, or hides it. */
    private void update() {
        boolean wanted = !offered.isEmpty()
                && search.isFocused()
                && search.getScene() != null
                && search.getScene().getWindow() != null
                && search.getScene().getWindow().isShowing()
                && !search.getText().equals(dismissedAt);
        if (!search.getText().equals(dismissedAt)) {
            dismissedAt = null;
        }
        if (!wanted) {
            popup.hide();
            return;
        }
        list.getSelectionModel().clearSelection();
        list.setPrefWidth(search.getWidth());
        list.setPrefHeight(Math.min(TagSuggestions.MAX, offered.size()) * ROW_HEIGHT + 4);
        Bounds at = search.localToScreen(search.getBoundsInLocal());
        if (at == null) {
            return;
        }
        if (popup.isShowing()) {
            popup.setX(at.getMinX());
            popup.setY(at.getMaxY());
        } else {
            popup.show(search, at.getMinX(), at.getMaxY());
        }
    }
}
