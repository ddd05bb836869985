package io.characterstudio.ui.library;

import io.characterstudio.model.KnownCharacter;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Optional;

/**
 * One row of the library list: the name (with a search match marked), its marks (unsaved, draft,
 * tags, deleted or missing), the details line, and the row's context menu, made when asked for.
 */
final class LibraryCell extends ListCell<LibraryItem> {

    private final LibraryViewModel vm;
    private final RowMenu rowMenu;

    LibraryCell(LibraryViewModel vm, RowMenu rowMenu) {
        this.vm = vm;
        this.rowMenu = rowMenu;
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
        Optional<LibraryItem.Match> match = item.firstMatch(vm.queryProperty().get().text());
        Node name;
        if (match.isPresent() && match.get().inName()) {
            int offset = nameText.length() - item.name().length();
            name = highlighted(nameText, match.get().start() + offset, match.get().end() + offset, "library-name");
        } else {
            Label plain = new Label(nameText);
            plain.getStyleClass().add("library-name");
            name = plain;
        }
        HBox top = new HBox(6, name);
        boolean unsaved = item.id().equals(vm.unsavedIdProperty().get());
        if (unsaved) {
            Label mark = new Label("\u25CF unsaved");
            mark.getStyleClass().addAll("tag", "tag-unsaved");
            top.getChildren().add(mark);
        } else if (vm.item(item.id()).orElse(item).hasDraft()) { // the newest mark (a draft kept while browsing)
            Label draft = new Label("draft");
            draft.getStyleClass().addAll("tag", "tag-draft");
            top.getChildren().add(draft);
        }
        if (!item.tagText().isEmpty()) {
            Label tags = new Label(item.tagText());
            tags.getStyleClass().add("detail");
            top.getChildren().add(tags);
        }
        if (item.status() != KnownCharacter.Status.PRESENT) {
            Label tag = new Label(item.status() == KnownCharacter.Status.MISSING ? "missing" : "deleted");
            tag.getStyleClass().addAll("tag", "tag-" + tag.getText());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            top.getChildren().addAll(spacer, tag);
        }
        VBox box = new VBox(2, top, RowDetails.of(item, vm));
        match.filter(m -> !m.inName()).ifPresent(m -> box.getChildren().add(
                highlighted(m.text(), m.start(), m.end(), "detail")));
        if (item.status() != KnownCharacter.Status.PRESENT) {
            box.getStyleClass().add("library-gone");
        }
        setGraphic(box);
        setText(null);
        setOnContextMenuRequested(e -> {
            rowMenu.create(item).show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        setAccessibleText(item.name() + ", " + item.shortId() + (item.status() == KnownCharacter.Status.PRESENT
                ? "" : ", " + item.status().name().toLowerCase(Locale.ROOT)));
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
