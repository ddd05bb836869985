package io.characterstudio.ui.library;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The existing tags offered under the library's search while a {@code #tag} is typed: Down moves
 * into the list, Enter or a click picks one (it replaces the word typed), Escape goes back to the
 * search. Shown only while there is something to offer and the search or the list has the focus.
 */
final class TagSuggestionBox {

    private static final double ROW_HEIGHT = 26;

    private TagSuggestionBox() {
    }

    static ListView<String> under(TextField search, LibraryViewModel vm) {
        ObservableList<String> offered = FXCollections.observableArrayList();
        ListView<String> list = new ListView<>(offered);
        list.setId("libraryTagSuggestions");
        list.setAccessibleText("Tags to pick");
        list.setFocusTraversable(false);
        list.prefHeightProperty().bind(Bindings.min(TagSuggestions.MAX, Bindings.size(offered)).multiply(ROW_HEIGHT)
                .add(4));
        search.textProperty().addListener((obs, was, now) -> offered.setAll(vm.tagSuggestions(now)));
        list.visibleProperty().bind(Bindings.isNotEmpty(offered).and(search.focusedProperty()
                .or(list.focusedProperty())));
        list.managedProperty().bind(list.visibleProperty());
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && list.isVisible()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                take(list, search);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.requestFocus();
                search.end();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> take(list, search));
        return list;
    }

    private static void take(ListView<String> list, TextField search) {
        String chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            search.setText(TagSuggestions.complete(search.getText(), chosen));
        }
        search.requestFocus();
        search.end();
    }
}
