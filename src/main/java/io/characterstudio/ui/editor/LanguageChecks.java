package io.characterstudio.ui.editor;

import io.characterstudio.model.Language;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The language list with a check box per language. A click asks the view-model to choose or
 * drop the language, and the box then shows the view-model's answer, so a refused fifth
 * language is unticked again at once.
 */
final class LanguageChecks extends ListCell<Language> {

    private final LanguagesViewModel vm;
    private final CheckBox box = new CheckBox();
    /** Held here so the weak listener lives as long as the cell, and a dropped cell is not kept. */
    private final ListChangeListener<String> onChosen = c -> showChoice();

    private LanguageChecks(LanguagesViewModel vm) {
        this.vm = vm;
        box.setOnAction(e -> {
            if (getItem() != null) {
                vm.choose(getItem().code(), box.isSelected());
                showChoice();
            }
        });
        vm.selected().addListener(new WeakListChangeListener<>(onChosen));
        setContentDisplay(ContentDisplay.LEFT);
    }

    static ListView<Language> create(LanguagesViewModel vm) {
        ListView<Language> list = new ListView<>(vm.catalogue());
        list.setCellFactory(l -> new LanguageChecks(vm));
        return list;
    }

    @Override
    protected void updateItem(Language item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
        } else {
            setText(item.name() + "  (" + item.code() + ")");
            setGraphic(box);
            showChoice();
        }
    }

    private void showChoice() {
        box.setSelected(getItem() != null && vm.selected().contains(getItem().code()));
    }
}
