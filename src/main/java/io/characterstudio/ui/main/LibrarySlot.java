package io.characterstudio.ui.main;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/**
 * Puts the library into the main split pane or takes it out, as {@link LibraryPane} says; keeps
 * the divider while it is out; makes View > Library (F9) and the toolbar button that toggle it.
 * Hiding the library while it has the focus gives the focus to the editor's backstory (its caret
 * kept, nothing selected; the editor's first control when the backstory is not shown); showing it by hand
 * puts the cursor in its search field.
 * <p>The library keeps its width in pixels: it comes back at the width it had when it went (the
 * default share of the default window the first time), however narrow the window was meanwhile,
 * so it is never left squeezed once the window grows again. In a window too narrow for both the
 * library at that width and the editor at its minimum width, F9 leaves it folded and says so.
 */
final class LibrarySlot {

    private final SplitPane split;
    private final Node library;
    private final Parent editor;
    private final LibraryPane pane;
    private final Runnable focusSearch;
    private final Consumer<String> tell;
    /** The default window's width (px): the divider's share of it is the library's first width. */
    private static final double DEFAULT_WINDOW_WIDTH = 1200;
    /** Room for the split pane's divider (px). */
    private static final double DIVIDER = 8;
    private double divider = 0.26;
    /** The library's width (px) to come back at; NaN until known (then the divider's share of the default window). */
    private double width = Double.NaN;

    LibrarySlot(SplitPane split, Node library, Parent editor, LibraryPane pane, Runnable focusSearch,
            Consumer<String> tell) {
        this.split = split;
        this.library = library;
        this.editor = editor;
        this.pane = pane;
        this.focusSearch = focusSearch;
        this.tell = tell;
    }

    /** Follows the width of {@code window} (the main window's root) and the pane's state from now on. */
    void install(Region window) {
        window.widthProperty().addListener((obs, was, width) -> {
            if (width.doubleValue() > 0) {
                pane.windowWidth(width.doubleValue());
            }
        });
        pane.shownProperty().addListener((obs, was, shown) -> apply(shown));
        apply(pane.shownProperty().get());
    }

    /** The library/editor divider: the split's own while the library shows, the kept one while it is out. */
    double divider() {
        return split.getItems().contains(library) ? split.getDividerPositions()[0] : divider;
    }

    void setDivider(double position) {
        divider = position;
        width = Double.NaN;
        if (split.getItems().contains(library)) {
            split.setDividerPositions(position);
        }
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
            tell.accept("The window is too narrow for the library beside the editor: widen it to show the library.");
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
            placeDivider();
            // shown as the window grows: the split takes its new width after this, so place it again then
            Platform.runLater(this::placeDivider);
            return;
        }
        divider = split.getDividerPositions()[0];
        if (library instanceof Region r && r.getWidth() > 0) {
            width = r.getWidth();
        }
        boolean hadFocus = contains(library, library.getScene() == null ? null : library.getScene().getFocusOwner());
        split.getItems().remove(library);
        if (hadFocus) {
            focusEditor();
        }
    }

    private void placeDivider() {
        if (split.getItems().contains(library) && split.getWidth() > 0) {
            split.setDividerPositions(Math.min(0.9, libraryWidth() / split.getWidth()));
        }
    }

    /** The width the library comes back at (px). */
    private double libraryWidth() {
        return Double.isNaN(width) ? divider * DEFAULT_WINDOW_WIDTH : width;
    }

    /** Whether the library at its width and the editor at its minimum width fit side by side. */
    private boolean fits() {
        return split.getWidth() <= 0 || libraryWidth() + DIVIDER + editor.minWidth(-1) <= split.getWidth();
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
