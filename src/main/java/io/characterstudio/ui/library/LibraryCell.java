package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One row of the library list: the name (with a search match marked), its marks (unsaved, draft,
 * tags, deleted or missing), the details line, and the row's context menu, made when asked for.
 * The cell makes its nodes once and a row update only sets their texts and hides what the row
 * does not have (while the list scrolls, every shown cell is updated on every step).
 */
final class LibraryCell extends ListCell<LibraryItem> {

    private final LibraryViewModel vm;
    private final RowMenu rowMenu;
    private final Label name = label("library-name");
    private final Label mark = label("tag");
    private final Label tags = label("detail");
    private final Region spacer = new Region();
    private final Label gone = label("tag");
    private final HBox top = new HBox(6, name, mark, tags, spacer, gone);
    private final RowDetails details;
    private final VBox box;

    LibraryCell(LibraryViewModel vm, RowMenu rowMenu) {
        this.vm = vm;
        this.rowMenu = rowMenu;
        this.details = new RowDetails(vm);
        this.box = new VBox(2, top, details.node());
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Rows take the list's width and cut long text with an ellipsis instead of scrolling sideways.
        setPrefWidth(0);
    }

    // The context menu is made when asked for: one per row update made scrolling stutter.

    @Override
    protected void updateItem(LibraryItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setOnContextMenuRequested(null);
            return;
        }
        String nameText = (item.favourite() ? "\u2605 " : "") + item.name();
        Optional<LibraryItem.Match> match =
                item.firstMatch(vm.queryProperty().get().text());
        Node shownName = name;
        if (match.isPresent() && match.get().inName()) {
            int offset = nameText.length() - item.name().length();
            shownName = highlighted(
                    nameText, match.get().start() + offset, match.get().end() + offset, "library-name");
        } else {
            name.setText(nameText);
        }
        if (top.getChildren().get(0) != shownName) {
            top.getChildren().set(0, shownName);
        }
        boolean unsaved = item.id().equals(vm.unsavedIdProperty().get());
        // the newest draft mark (a draft kept while browsing)
        boolean draft = !unsaved && vm.item(item.id()).orElse(item).hasDraft();
        mark.setText(unsaved ? "\u25CF unsaved" : "draft");
        styleOnly(mark, "tag-unsaved", unsaved);
        styleOnly(mark, "tag-draft", draft);
        RowDetails.present(mark, unsaved || draft);
        tags.setText(item.tagText());
        RowDetails.present(tags, !item.tagText().isEmpty());
        boolean present = item.status() == KnownCharacter.Status.PRESENT;
        gone.setText(item.status() == KnownCharacter.Status.MISSING ? "missing" : "deleted");
        styleOnly(gone, "tag-missing", item.status() == KnownCharacter.Status.MISSING);
        styleOnly(gone, "tag-deleted", item.status() == KnownCharacter.Status.DELETED);
        RowDetails.present(spacer, !present);
        RowDetails.present(gone, !present);
        details.show(item, vm.voices());
        if (box.getChildren().size() > 2) {
            box.getChildren().remove(2);
        }
        match.filter(m -> !m.inName())
                .ifPresent(m -> box.getChildren().add(highlighted(m.text(), m.start(), m.end(), "detail")));
        styleOnly(box, "library-gone", !present);
        if (getGraphic() != box) {
            setGraphic(box);
        }
        setText(null);
        setOnContextMenuRequested(e -> {
            rowMenu.create(item).show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        setAccessibleText(item.name() + ", " + item.shortId()
                + (present ? "" : ", " + item.status().name().toLowerCase(Locale.ROOT)));
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Adds or removes a style class, touching the list only when it changes (a change restyles the node). */
    private static void styleOnly(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** The name, or the piece of text that matched, with the match marked. */
    static Node highlighted(String text, int start, int end, String styleClass) {
        Label before = new Label(text.substring(0, start));
        Label hit = new Label(text.substring(start, end));
        hit.getStyleClass().add("search-hit");
        Label after = new Label(text.substring(end));
        for (Label l : new Label[] {before, hit, after}) {
            l.getStyleClass().add(styleClass);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        after.setMinWidth(0);
        HBox box = new HBox(before, hit, after);
        box.setMinWidth(0);
        return box;
    }
}
