package io.characterstudio.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/**
 * The long list of a dry run or a report, bound to a {@link BulkListing}: the summary line, one
 * toggle per filter that applies ("Failed (3)"), and a list that grows with the dialog.
 */
final class ListingPane {

    private ListingPane() {
    }

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
        list.setFixedCellSize(26);
        list.setAccessibleText(accessibleText);
        list.getItems().setAll(listing.lines(BulkListing.Filter.ALL));
        list.setPrefHeight(Math.min(listHeight(), 8 + 26.0 * Math.max(listing.size(), 3)));
        list.setMinHeight(120);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox filters = new HBox(6);
        filters.setId(listId + "Filters");
        ToggleGroup group = new ToggleGroup();
        for (BulkListing.Filter f : listing.filters()) {
            ToggleButton button = new ToggleButton(listing.label(f));
            button.setId("filter" + f.name().charAt(0) + f.name().substring(1).toLowerCase(java.util.Locale.ROOT));
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

    /** Makes a dialog of a long list resizable, as wide as 760 px or 90% of the screen, whichever is less. */
    static void fit(Dialog<?> dialog) {
        dialog.setResizable(true);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        dialog.getDialogPane().setPrefWidth(Math.min(760, screen.getWidth() * 0.9));
    }

    /** The tallest a list starts: 60% of the screen, so that the dialog and its buttons fit on it. */
    private static double listHeight() {
        return Math.max(200, Screen.getPrimary().getVisualBounds().getHeight() * 0.6 - 160);
    }
}
