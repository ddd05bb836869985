package io.characterstudio.ui.library;

import java.util.Arrays;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The library's filter menu: each entry adds its token to the search box (they combine). */
final class FilterMenu {

    private FilterMenu() {}

    static MenuButton of(LibraryViewModel vm) {
        MenuButton menu = new MenuButton("Filter");
        menu.setId("libraryFilter");
        menu.setAccessibleText("Filter the library");
        Menu languages = new Menu("Language");
        Menu voices = new Menu("Voice");
        Menu tags = new Menu("Tag");
        MenuItem clear = new MenuItem("Clear the search");
        clear.setId("libraryFilterClear");
        clear.setOnAction(e -> vm.filterProperty().set(""));
        menu.getItems()
                .addAll(
                        token(vm, "Starred", "*"),
                        token(vm, "Has an unsaved draft", "has:draft"),
                        languages,
                        voices,
                        tags,
                        new SeparatorMenuItem(),
                        clear);
        menu.setOnShowing(e -> {
            fill(vm, languages, vm.all().stream().flatMap(i -> i.character().languageCodes().stream()), "lang:");
            fill(vm, voices, vm.all().stream().map(LibraryItem::voice).filter(v -> !v.isBlank()), "voice:");
            fill(
                    vm,
                    tags,
                    vm.all().stream().flatMap(i -> i.tags().stream()).filter(t -> !t.equals(LibraryItem.FAVOURITE)),
                    "#");
        });
        return menu;
    }

    private static void fill(LibraryViewModel vm, Menu menu, Stream<String> values, String prefix) {
        menu.getItems()
                .setAll(values.distinct()
                        .sorted()
                        .limit(60)
                        .map(v -> token(vm, v, prefix + v))
                        .toList());
        menu.setDisable(menu.getItems().isEmpty());
    }

    private static MenuItem token(LibraryViewModel vm, String label, String token) {
        MenuItem item = new MenuItem(label);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> {
            String now = vm.filterProperty().get() == null
                    ? ""
                    : vm.filterProperty().get().strip();
            if (!Arrays.asList(now.split("\\s+")).contains(token)) {
                vm.filterProperty().set(now.isEmpty() ? token : now + " " + token);
            }
        });
        return item;
    }
}
