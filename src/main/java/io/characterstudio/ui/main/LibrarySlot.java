package io.characterstudio.ui.main;

import io.characterstudio.ui.common.StatusModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Puts the library into the main split pane or takes it out, as {@link LibraryPane} says; keeps
 * the divider while it is out; makes View > Library (F9) and the toolbar button that toggle it.
 * Hiding the library while it has the focus gives the focus to the editor's backstory (its caret
 * kept, nothing selected; the editor's first control when the backstory is not shown); showing it by hand
 * puts the cursor in its search field.
 * <p>The library keeps the width in pixels the user gave it by dragging the divider ({@link
 * LibraryPane#width()}, kept across restarts). After every layout of the split the divider is put
 * back at that width, or at what the editor's minimum width leaves when the window is too narrow
 * for both. The divider is placed from the split's width as it is laid out, not from a width
 * read earlier: a real window (GTK) resizes in several steps and runs queued work before the
 * layout, and a fraction computed from the old width once left the library squeezed to ~215 px.
 * A width forced by a narrow window is never taken as the user's. In a window too narrow for both
 * the library at its width and the editor at its minimum width, F9 leaves it folded and says so;
 * that message goes once the window is wide enough again.
 */
final class LibrarySlot {

    /** What F9 says in a window too narrow for the library. */
    static final String TOO_NARROW = "Too narrow for the library: widen the window.";

    private final SplitPane split;
    private final Region library;
    private final Parent editor;
    private final LibraryPane pane;
    private final Runnable focusSearch;
    private final StatusModel status;
    /** The default window's width (px): converts a divider kept by an older version to a width. */
    private static final double DEFAULT_WINDOW_WIDTH = 1200;
    /** Room for the split pane's divider (px). */
    private static final double DIVIDER = 8;
    /** Whether the user is dragging the divider now (the split's layout is then theirs). */
    private boolean dragging;

    LibrarySlot(
            SplitPane split,
            Region library,
            Parent editor,
            LibraryPane pane,
            Runnable focusSearch,
            StatusModel status) {
        this.split = split;
        this.library = library;
        this.editor = editor;
        this.pane = pane;
        this.focusSearch = focusSearch;
        this.status = status;
    }

    /** Follows the width of {@code window} (the main window's root), the split's layout and the pane's state from now on. */
    void install(Region window) {
        window.widthProperty().addListener((obs, was, width) -> {
            if (width.doubleValue() > 0) {
                pane.windowWidth(width.doubleValue());
            }
            if (fits()) {
                untellTooNarrow();
            }
        });
        split.widthProperty().addListener((obs, was, now) -> placeDivider());
        library.widthProperty().addListener((obs, was, now) -> placeDivider());
        split.addEventFilter(
                MouseEvent.MOUSE_PRESSED,
                e -> dragging = onDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging && split.getItems().contains(library) && library.getWidth() > 0) {
                pane.userWidth(library.getWidth());
            }
            dragging = false;
        });
        pane.shownProperty().addListener((obs, was, shown) -> apply(shown));
        apply(pane.shownProperty().get());
    }

    /**
     * The user's library width as a share of the default window: the window state keeps it (as
     * older versions kept the divider), and {@link #setDivider} reads it back as the same width.
     */
    double divider() {
        return Math.max(0.06, Math.min(0.9, pane.width() / DEFAULT_WINDOW_WIDTH));
    }

    /**
     * A divider kept in the window state (a share of the default window, see {@link #divider()}):
     * used only when no width of the user's is kept, as after an older version, and only when
     * wider than the default (an older version could have kept a width squeezed by a narrow window).
     */
    void setDivider(double position) {
        if (!pane.widthKept() && position * DEFAULT_WINDOW_WIDTH > LibraryPane.DEFAULT_WIDTH) {
            pane.userWidth(position * DEFAULT_WINDOW_WIDTH);
        }
        placeDivider();
    }

    /** View > Library, F9: checked while the library shows. */
    CheckMenuItem menuItem() {
        CheckMenuItem item = new CheckMenuItem("_Library");
        item.setId("menuLibrary");
        item.setAccelerator(KeyCombination.keyCombination("F9"));
        item.setSelected(pane.shownProperty().get());
        pane.shownProperty().addListener((obs, was, shown) -> item.setSelected(shown));
        item.setOnAction(e -> {
            toggle();
            item.setSelected(pane.shownProperty().get()); // a click flips the check itself; the pane decides
        });
        return item;
    }

    /** The toolbar button that does what F9 does. */
    Button toolButton() {
        Button button = new Button(null, new FontIcon("fth-sidebar"));
        button.setId("toolLibrary");
        button.setTooltip(new Tooltip("Show or hide the library (F9)"));
        button.setAccessibleText("Show or hide the library (F9)");
        button.setFocusTraversable(false);
        button.setOnAction(e -> toggle());
        return button;
    }

    private void toggle() {
        if (!pane.shownProperty().get() && !fits()) {
            status.succeeded(TOO_NARROW);
            return;
        }
        pane.toggle();
        if (pane.shownProperty().get()) {
            focusSearch.run();
        }
    }

    private void apply(boolean shown) {
        if (shown == split.getItems().contains(library)) {
            return;
        }
        if (shown) {
            split.getItems().add(0, library);
            untellTooNarrow();
            placeDivider();
            return;
        }
        boolean hadFocus = contains(
                library, library.getScene() == null ? null : library.getScene().getFocusOwner());
        split.getItems().remove(library);
        if (hadFocus) {
            focusEditor();
        }
    }

    /**
     * Puts the divider where the library gets the user's width, or what the editor's minimum width
     * leaves of the split; called as the split and the library are laid out, so it uses the
     * split's width of now. Nothing while the user drags, or when the divider is already there.
     */
    private void placeDivider() {
        double of = split.getWidth();
        if (dragging || of <= 0 || !split.getItems().contains(library)) {
            return;
        }
        double room = Math.max(0, of - DIVIDER - editor.minWidth(-1));
        double position = Math.min(0.9, Math.min(pane.width(), room) / of);
        if (Math.abs(library.getWidth() - position * of) > 1.5
                && Math.abs(split.getDividerPositions()[0] - position) > 1e-4) {
            split.setDividerPositions(position);
        }
    }

    private void untellTooNarrow() {
        if (TOO_NARROW.equals(status.lastResultProperty().get())) {
            status.clearResult();
        }
    }

    /** Whether the library at its width and the editor at its minimum width fit side by side. */
    private boolean fits() {
        return split.getWidth() <= 0 || pane.width() + DIVIDER + editor.minWidth(-1) <= split.getWidth();
    }

    private static boolean onDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The editor's backstory (a text area keeps its caret and selects nothing on focus), else its
     * first control that takes the focus (its root when it has none).
     */
    private void focusEditor() {
        editor.applyCss();
        editor.layout();
        Node backstory = editor.lookup("#backstory");
        if (backstory != null && !backstory.isDisabled() && shownWithin(backstory)) {
            backstory.requestFocus();
            return;
        }
        for (Node n : editor.lookupAll("*")) {
            if (n.isFocusTraversable() && !n.isDisabled() && shownWithin(n)) {
                n.requestFocus();
                return;
            }
        }
        editor.requestFocus();
    }

    private boolean shownWithin(Node node) {
        for (Node n = node; n != null && n != editor; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
