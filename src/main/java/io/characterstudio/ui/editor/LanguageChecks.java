package io.characterstudio.ui.editor;

import io.characterstudio.model.Language;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;

import java.util.HashMap;
import java.util.Map;

/** The language list with a check box per language, kept in step with the view-model. */
final class LanguageChecks {

    private final LanguagesViewModel vm;
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    private boolean syncing;

    private LanguageChecks(LanguagesViewModel vm) {
        this.vm = vm;
    }

    static ListView<Language> create(LanguagesViewModel vm) {
        LanguageChecks checks = new LanguageChecks(vm);
        ListView<Language> list = new ListView<>(vm.catalogue());
        list.setCellFactory(CheckBoxListCell.forListView(l -> checks.property(l.code()), new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : l.name() + "  (" + l.code() + ")";
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        }));
        vm.selected().addListener((ListChangeListener<String>) c -> checks.syncFromModel());
        return list;
    }

    private BooleanProperty property(String code) {
        return checks.computeIfAbsent(code, k -> {
            BooleanProperty p = new SimpleBooleanProperty(vm.selected().contains(k));
            p.addListener((obs, was, now) -> {
                if (!syncing && !vm.choose(k, now)) {
                    syncing = true;
                    p.set(was);
                    syncing = false;
                }
            });
            return p;
        });
    }

    private void syncFromModel() {
        syncing = true;
        checks.forEach((code, p) -> p.set(vm.selected().contains(code)));
        syncing = false;
    }
}
