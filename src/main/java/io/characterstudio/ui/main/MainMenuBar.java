package io.characterstudio.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The main window's menu bar (File, Edit, Connection, View, Help), made from {@link MainCommands}. */
final class MainMenuBar {

    private MainMenuBar() {}

    /**
     * @param libraryItem View > Library (see {@link LibrarySlot})
     * @param textSize View > Text size (see {@link TextSizeControls})
     */
    static MenuBar create(MainCommands c, BooleanProperty darkTheme, MenuItem libraryItem, Menu textSize) {
        Menu file = menu(
                "_File",
                c.newCharacter,
                c.open,
                c.save,
                c.reload,
                c.revert,
                null,
                c.cloneCurrent,
                c.delete,
                c.copyId,
                c.history,
                c.trash,
                null,
                c.importFiles,
                c.exportSelected,
                c.exportAll,
                null,
                c.quit);
        if (c.restoreBackup != null) {
            file.getItems().add(file.getItems().size() - 2, c.restoreBackup.menuItem());
        }
        Menu edit = menu(
                "_Edit",
                c.undoRevert,
                c.recoverDiscarded,
                c.find,
                c.search,
                c.replace,
                null,
                c.showClones,
                c.showSource,
                null,
                c.favourite,
                c.tag,
                c.untag,
                c.removeFromLibrary,
                null,
                c.refreshSelected,
                c.cloneSelected,
                c.deleteSelected,
                c.saveDrafts,
                c.selectAll);
        Menu connection = menu(
                "_Connection",
                c.addConnection,
                c.editConnection,
                c.removeConnection,
                c.copyTo,
                null,
                c.sync,
                c.fetchBackstories);
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menuDark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        dark.selectedProperty().bindBidirectional(darkTheme);
        Menu view = new Menu("_View", null, libraryItem, dark, textSize, c.showMessage.menuItem());
        Menu help = menu("_Help", c.about);
        MenuBar bar = new MenuBar(file, edit, connection, view, help);
        bar.setId("mainMenuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** A menu of the commands in order; a null is a separator. */
    private static Menu menu(String text, Command... commands) {
        Menu menu = new Menu(text);
        for (Command command : commands) {
            menu.getItems().add(command == null ? new SeparatorMenuItem() : command.menuItem());
        }
        return menu;
    }
}
