package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's toolbar: the library toggle, the connection selector and Add connection, the
 * commands of the open character (from {@link MainCommands}, the same objects as the menu's) and
 * the theme switch at the far end.
 */
final class MainToolBar {

    private final ToolBar bar;
    private final ConnectionSelector selector;

    MainToolBar(MainViewModel vm, MainCommands c, Button libraryButton) {
        // Switches only on Return or a click; the list shows name and address, the button the name.
        selector = new ConnectionSelector(
                vm.connections().all(),
                vm::connection,
                target -> vm.switchTo(target).thenAccept(ok -> Platform.runLater(this::showActive)),
                MainViewModel::describe);
        ComboBox<ConnectionInfo> combo = selector.combo();
        // Its width is in theme.css, in em (230 px at 100 %): it grows with the text size.
        vm.connections().sessionProperty().addListener((obs, was, now) -> selector.showActive());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new ToolBar(
                libraryButton,
                new Separator(),
                combo,
                c.addConnection.toolButton(),
                new Separator(),
                c.newCharacter.toolButton(),
                c.open.toolButton(),
                c.save.toolButton(),
                c.reload.toolButton(),
                new Separator(),
                c.cloneCurrent.toolButton(),
                c.delete.toolButton(),
                c.copyId.toolButton(),
                new Separator(),
                c.revert.toolButton(),
                spacer,
                themeButton(vm));
        bar.setId("mainToolBar");
    }

    private void showActive() {
        selector.showActive();
    }

    ToolBar bar() {
        return bar;
    }

    /** Dark theme on or off (a toggle, beside View > Dark theme). */
    private static Button themeButton(MainViewModel vm) {
        String tip = "Dark theme (Ctrl+Shift+L)";
        Button theme = new Button(null, new FontIcon("fth-moon"));
        theme.setId("toolTheme");
        theme.setTooltip(new Tooltip(tip));
        theme.setAccessibleText(tip);
        theme.setFocusTraversable(false);
        theme.setOnAction(
                e -> vm.darkThemeProperty().set(!vm.darkThemeProperty().get()));
        return theme;
    }
}
