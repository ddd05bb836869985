package io.characterstudio.ui.bulk;

import io.characterstudio.ui.common.Em;
import io.characterstudio.ui.common.FirstRowOnFocus;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The long list of a dry run or a report, bound to a {@link BulkListing}: the summary line, one
 * toggle per filter that applies ("Failed (3)"), and a list that grows with the dialog.
 */
public final class ListingPane {

    private ListingPane() {}

    /**
     * The summary, the filters and the list (IDs {@code listId}, {@code listId + "Summary"} and
     * {@code "filter" + name}); the list shows the lines that matter first and grows with the box.
     */
    static VBox create(BulkListing listing, String summary, String listId, String accessibleText) {
        Label head = new Label(summary);
        head.setId(listId + "Summary");
        head.setWrapText(true);
        head.getStyleClass().add("library-name");
        ListView<String> list = new ListView<>();
        FirstRowOnFocus.install(list);
        list.setId(listId);
        Em.set(list, "-fx-fixed-cell-size", ROW); // in em: a row grows with the text size
        list.setAccessibleText(accessibleText);
        list.getItems().setAll(listing.lines(BulkListing.Filter.ALL));
        Em.set(list, "-fx-pref-height", Math.min(listHeight(), 8 + ROW * Math.max(listing.size(), 3)));
        Em.set(list, "-fx-min-height", 120);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox filters = new HBox(6);
        filters.setId(listId + "Filters");
        ToggleGroup group = new ToggleGroup();
        for (BulkListing.Filter f : listing.filters()) {
            ToggleButton button = new ToggleButton(listing.label(f));
            button.setId("filter" + f.name().charAt(0) + f.name().substring(1).toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setSelected(f == BulkListing.Filter.ALL);
            button.setOnAction(e -> {
                button.setSelected(true); // a filter stays on until another is chosen
                list.getItems().setAll(listing.lines(f));
                list.scrollTo(0);
            });
            filters.getChildren().add(button);
        }
        filters.setVisible(listing.filters().size() > 1);
        filters.setManaged(listing.filters().size() > 1);
        VBox box = new VBox(10, head, filters, list);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    /**
     * The style class that lifts the theme's 600 px cap on a dialog pane (theme.css), so that a report
     * can be as wide as its window.
     */
    public static final String WIDE = "wide-dialog";
    /** A row of the list, px at 100 % (set in em). */
    private static final double ROW = 26;
    /** The least width of a dialog of a list, px at 100 % (more at a larger text size, once shown). */
    private static final double WIDTH = 760;

    /**
     * Makes a dialog of a long list resizable, as wide as 760 px or 90% of the screen, whichever is
     * less, and without the theme's 600 px cap on a dialog's width ({@link #WIDE}).
     */
    public static void fit(Dialog<?> dialog) {
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add(WIDE);
        dialog.getDialogPane().setPrefWidth(Math.min(WIDTH, screen().getWidth() * 0.9));
    }

    /**
     * {@link #fit(Dialog)}, then, once shown, widens the dialog to 760 px at least and until the longest line of the list
     * made by {@link #create} in {@code box} fits (its text measured in the list's own font), up to
     * 90% of the screen's visual bounds, centred over its owner and on the screen; the user
     * can still resize it.
     */
    static void fit(Dialog<?> dialog, VBox box) {
        fit(dialog);
        // After the pulse that shows it: the dialog sizes its window to the scene while it is shown.
        dialog.addEventHandler(
                DialogEvent.DIALOG_SHOWN,
                e -> Platform.runLater(() -> {
                    Window window = dialog.getDialogPane().getScene().getWindow();
                    ListView<?> list = (ListView<?>) box.getChildren().stream()
                            .filter(n -> n instanceof ListView)
                            .findFirst()
                            .orElseThrow();
                    if (!(list.lookup(".list-cell") instanceof Labeled cell)) {
                        return;
                    }
                    Text probe = new Text();
                    probe.setFont(cell.getFont());
                    double longest = 0;
                    for (Object line : list.getItems()) {
                        probe.setText(String.valueOf(line));
                        longest = Math.max(longest, probe.getLayoutBounds().getWidth());
                    }
                    // Around the text: the cell's insets, the vertical scroll bar, and everything outside the list.
                    double around = cell.snappedLeftInset()
                            + cell.snappedRightInset()
                            + 24
                            + window.getWidth()
                            - list.getWidth();
                    Rectangle2D bounds = screen();
                    double least =
                            WIDTH * Em.scale(cell.getFont().getSize()); // 760 px at 100 %, more at a larger text size
                    double width = Math.min(Math.max(least, Math.ceil(longest + around)), bounds.getWidth() * 0.9);
                    if (width > window.getWidth()) {
                        // The pane's preferred width too: a real window sizes itself to its scene again
                        // after a layout, which undid a width set on the window alone (tryout 5, finding 7).
                        DialogPane pane = dialog.getDialogPane();
                        pane.setPrefWidth(pane.getWidth() + width - window.getWidth());
                        // The height too: right after it shows, a GTK window may not know its height yet
                        // and refuses a new width given alone ("gtk_window_resize: height > 0").
                        double height = window.getHeight();
                        window.setWidth(width);
                        window.setHeight(height);
                    }
                    centre(window, width, bounds);
                }));
    }

    /**
     * Centres the window over its owner (or the screen when it has none), kept on the screen: a
     * report opened after another dialog closed was put at the screen's left edge (tryout 5,
     * finding 10).
     */
    private static void centre(Window window, double width, Rectangle2D bounds) {
        Window owner = window instanceof Stage stage ? stage.getOwner() : null;
        double x = owner != null && owner.isShowing()
                ? owner.getX() + (owner.getWidth() - width) / 2
                : bounds.getMinX() + (bounds.getWidth() - width) / 2;
        window.setX(Math.max(bounds.getMinX(), Math.min(x, bounds.getMaxX() - width)));
    }

    private static Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    /** The tallest a list starts: 60% of the screen, so that the dialog and its buttons fit on it. */
    private static double listHeight() {
        return Math.max(200, Screen.getPrimary().getVisualBounds().getHeight() * 0.6 - 160);
    }
}
