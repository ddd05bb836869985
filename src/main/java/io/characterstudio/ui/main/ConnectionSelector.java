package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The toolbar's connection selector. It switches only when the user commits a choice: Return, or a
 * click on an entry of its open list. Arrow keys move within the open list only; on the closed
 * selector Down (or Up) opens the list instead of switching, so a stray arrow key never changes
 * account. Closing the list any other way (Escape, leaving it) puts back the active connection.
 */
public final class ConnectionSelector {

    private final ComboBox<ConnectionInfo> combo;
    private final Supplier<ConnectionInfo> active;
    private final Consumer<ConnectionInfo> switchTo;
    /** Set by Return in the open list or a click on an entry: the list's closing then switches. */
    private boolean chosen;

    /**
     * @param active   the connection the editor works on now
     * @param switchTo asked to switch when the user commits another connection
     * @param describe the text of the closed selector
     */
    public ConnectionSelector(
            ObservableList<ConnectionInfo> all,
            Supplier<ConnectionInfo> active,
            Consumer<ConnectionInfo> switchTo,
            Function<ConnectionInfo, String> describe) {
        this.active = active;
        this.switchTo = switchTo;
        combo = new ComboBox<>(all);
        combo.setId("connectionSelector");
        combo.setAccessibleText("Active connection");
        combo.setTooltip(new Tooltip("The connection the editor works on (Return or a click switches)"));
        combo.setValue(active.get());
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ConnectionInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe.apply(item));
            }
        });
        combo.setCellFactory(list -> {
            ListCell<ConnectionInfo> cell = new ListCell<>() {
                @Override
                protected void updateItem(ConnectionInfo item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.toString());
                }
            };
            // On the press: the list closes itself in a filter of its own on the release, before the cell's.
            cell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> chosen = !cell.isEmpty());
            return cell;
        });
        combo.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // Return in the open list goes to the list (the popup), not to the selector.
        combo.skinProperty().addListener((obs, was, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> listSkin) {
                listSkin.getPopupContent().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        chosen = true;
                    }
                });
            }
        });
        combo.setOnShown(e -> chosen = false);
        combo.setOnHidden(e -> {
            if (chosen) {
                chosen = false;
                switchToValue();
            } else {
                showActive();
            }
        });
        combo.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !combo.isShowing()) {
                showActive();
            }
        });
    }

    public ComboBox<ConnectionInfo> combo() {
        return combo;
    }

    /** Shows the active connection again (after a switch, or a switch the user called off). */
    public void showActive() {
        combo.setValue(active.get());
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (combo.isShowing()) {
                chosen = true;
                combo.hide();
            } else {
                switchToValue();
            }
            e.consume();
        } else if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) && !combo.isShowing()) {
            combo.show();
            e.consume();
        }
    }

    private void switchToValue() {
        ConnectionInfo value = combo.getValue();
        if (value != null && !value.id().equals(active.get().id())) {
            switchTo.accept(value);
        }
    }
}
