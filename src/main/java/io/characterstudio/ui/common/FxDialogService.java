package io.characterstudio.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The generic dialogs of the app as modal JavaFX dialogs owned by the window {@code owner} names (the
 * main window, or the dialog open over it), and the helpers
 * every feature's dialogs use ({@link #prepare}, {@link #closeOnEscape}, {@link #hint}, {@link #box}).
 */
public final class FxDialogService implements DialogService {

    /** The style class of a notice's or question's pane: 520 px wide at least at 100 %, in em (theme.css). */
    static final String ALERT_ROOM = "alert-room";

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        prepare(alert, "errorDialog");
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question) {
        ButtonType yes = new ButtonType("Yes", ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType("No", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        prepare(alert, "confirmDialog");
        return alert.showAndWait().orElse(no) == yes;
    }

    @Override
    public void showNotice(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().getStyleClass().add(ALERT_ROOM);
        prepare(alert, "noticeDialog");
        alert.showAndWait();
    }

    @Override
    public boolean askAction(String title, String message, String action, String other) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(other, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().getStyleClass().add(ALERT_ROOM);
        prepare(alert, "actionDialog");
        return alert.showAndWait().orElse(no) == yes;
    }

    private void prepare(Dialog<?> dialog, String id) {
        prepare(owner.get(), dialog, id);
    }

    /**
     * Gives the dialog its owner window (if any) and the owner's text size (before the dialog is
     * placed and sized: {@link DialogSizing#followOwner}), its ID, lets Escape close it, and fills its
     * window from the theme.
     */
    public static void prepare(Window window, Dialog<?> dialog, String id) {
        if (window != null) {
            dialog.initOwner(window);
            DialogSizing.followOwner(window, dialog.getDialogPane());
        }
        dialog.getDialogPane().setId(id);
        closeOnEscape(dialog);
        DialogFrame.fillFromTheme(dialog);
    }

    /**
     * Escape closes the dialog as its window's close button would (its cancel choice, or nothing
     * chosen when it has a single button), also when a focused control would keep Escape for itself;
     * and Return on a tick box or radio button presses the default button ({@link DialogKeys}).
     */
    public static void closeOnEscape(Dialog<?> dialog) {
        DialogKeys.returnPressesDefault(dialog.getDialogPane());
        // A filter, so that a focused list (which takes Escape for itself) cannot keep the dialog open;
        // an open drop-down still closes first.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean dropDownOpen = (e.getTarget() instanceof ComboBoxBase<?> c && c.isShowing())
                    || (e.getTarget() instanceof ChoiceBox<?> c2 && c2.isShowing());
            if (e.getCode() == KeyCode.ESCAPE && !dropDownOpen) {
                dialog.close();
                e.consume();
            }
        });
    }

    /** Nodes one under the other, with the dialogs' usual spacing and padding. */
    public static VBox box(Node... nodes) {
        VBox box = new VBox(10, nodes);
        box.getStyleClass().add(DialogFrame.CONTENT);
        return box;
    }

    /** A wrapped hint line under a dialog's header. */
    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMaxWidth(440);
        return label;
    }

    /** A character's name in quotes, or "this character" when it has none. */
    public static String quoted(String name) {
        return name == null || name.isBlank() ? "this character" : "\u201C" + name + "\u201D";
    }
}
