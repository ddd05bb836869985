package io.characterstudio.ui.main;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys pressed while a menu of the menu bar is open stay in the menu: a letter chooses the entry of
 * the open menu whose mnemonic (the underlined letter, {@code _Save}) it is, and no key the menu
 * does not use itself goes on to the text field behind it. Escape still closes the menu.
 */
public final class MenuKeys {

    private MenuKeys() {}

    /** Installs the filters on {@code root}, the window's root that holds {@code bar}. */
    static void install(Node root, MenuBar bar) {
        // The key that chose an entry closed the menu: its KEY_TYPED must not reach the new focus either.
        boolean[] swallowTyped = {false};
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            swallowTyped[0] = false;
            Optional<Menu> open = openMenu(bar.getMenus());
            if (open.isEmpty() || e.getCode() == KeyCode.ESCAPE) {
                return;
            }
            e.consume();
            if (e.getCode().isLetterKey() || e.getCode().isDigitKey()) {
                String letter = e.getText() == null || e.getText().isEmpty()
                        ? e.getCode().getChar()
                        : e.getText();
                entryFor(open.get(), letter).ifPresent(item -> {
                    swallowTyped[0] = true;
                    hideAll(bar.getMenus());
                    item.fire();
                });
            }
        });
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped[0] || openMenu(bar.getMenus()).isPresent()) {
                swallowTyped[0] = false;
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (openMenu(bar.getMenus()).isPresent()) {
                e.consume();
            }
        });
    }

    /** The innermost open menu (an open submenu before its parent), if any. */
    static Optional<Menu> openMenu(List<? extends MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu && menu.isShowing()) {
                return openMenu(menu.getItems()).or(() -> Optional.of(menu));
            }
        }
        return Optional.empty();
    }

    /** The enabled, visible entry of {@code menu} whose mnemonic is {@code letter} (ignoring case). */
    static Optional<MenuItem> entryFor(Menu menu, String letter) {
        String wanted = letter.toLowerCase(Locale.ROOT);
        return menu.getItems().stream()
                .filter(i -> !i.isDisable() && i.isVisible() && i.isMnemonicParsing())
                .filter(i -> wanted.equals(mnemonic(i.getText())))
                .findFirst();
    }

    /** The letter after the first underscore, in lower case, or "" when there is none. */
    public static String mnemonic(String text) {
        if (text == null) {
            return "";
        }
        int at = text.indexOf('_');
        return at < 0 || at + 1 >= text.length()
                ? ""
                : text.substring(at + 1, at + 2).toLowerCase(Locale.ROOT);
    }

    private static void hideAll(List<Menu> menus) {
        menus.forEach(Menu::hide);
    }
}
