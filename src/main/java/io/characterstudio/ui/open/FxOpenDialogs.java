package io.characterstudio.ui.open;

import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.Em;
import io.characterstudio.ui.common.FxDialogService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The open dialog (one field for an ID or a name, with the library's matching names listed under
 * it as the user types) and the question of which character to open when several have the name.
 */
public final class FxOpenDialogs implements OpenDialogs {

    /** The height of a row of a chooser's list at 100 % (2.2 em in theme.css). */
    private static final double ROW_PX = 2.2 * Em.BASE_PX;

    private static final int MAX_SUGGESTIONS = 6;

    private final Supplier<Window> owner;

    public FxOpenDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<OpenRequest> askOpen(List<String> names) {
        Dialog<OpenRequest> dialog = new Dialog<>();
        dialog.setTitle("Open a character");
        dialog.setHeaderText("Open a character by its ID or by its name.");
        TextField text = new TextField();
        text.setId("openText");
        text.setPromptText("7bd3274c-1745-11ee-a3af-42010a400002 or Raymond");
        text.setAccessibleText("ID or name");
        text.setPrefColumnCount(32);
        ObservableList<String> shown = FXCollections.observableArrayList();
        ListView<String> suggestions = new ListView<>(shown);
        suggestions.setId("openSuggestions");
        Em.prefSize(suggestions, Double.NaN, 6 * 26);
        // Its room is kept while it is empty: the dialog is sized when it opens, and a list that only
        // took room once names matched was squeezed to a few pixels (and cut the help lines).
        suggestions.setMinHeight(Region.USE_PREF_SIZE);
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(shown));
        Label mode = FxDialogService.hint("");
        mode.setId("openMode");
        text.textProperty().addListener((obs, was, now) -> {
            OpenRequest request = new OpenRequest(now);
            mode.setText(
                    request.trimmed().isEmpty()
                            ? ""
                            : request.looksLikeId()
                                    ? "Opens by ID."
                                    : "Opens by name: a library name in any case, else the exact name on the server.");
            shown.setAll(request.looksLikeId() ? List.of() : matching(names, request.trimmed()));
        });
        suggestions.setOnMouseClicked(e -> take(suggestions, text));
        suggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER
                    && suggestions.getSelectionModel().getSelectedItem() != null
                    && !suggestions.getSelectionModel().getSelectedItem().equals(text.getText())) {
                take(suggestions, text);
                e.consume();
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(open)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty()));
        Label help = FxDialogService.hint(
                "Spaces and line breaks around a pasted ID are removed. Down arrow picks a suggestion.");
        for (Label l : List.of(mode, help)) {
            // The help lines wrap in the dialog's width instead of ending in "…".
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(6, text, suggestions, mode, help);
        box.getStyleClass().add(DialogFrame.CONTENT);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(
                b -> b == open ? new OpenRequest(text.getText().strip()) : null);
        FxDialogService.prepare(owner.get(), dialog, "openDialog");
        Platform.runLater(text::requestFocus);
        return dialog.showAndWait();
    }

    /** The names containing {@code typed} (ignoring case), those starting with it first; none for a name typed in full. */
    static List<String> matching(List<String> names, String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || names.stream().anyMatch(n -> n.equals(typed))) {
            return List.of();
        }
        List<String> hits = names.stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        return Stream.concat(
                        hits.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(wanted)),
                        hits.stream().filter(n -> !n.toLowerCase(Locale.ROOT).startsWith(wanted)))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static void take(ListView<String> suggestions, TextField text) {
        String chosen = suggestions.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            text.setText(chosen);
            text.positionCaret(chosen.length());
            text.requestFocus();
        }
    }

    @Override
    public Optional<String> askWhichCharacter(String typed, List<Found> found) {
        return choose(
                "Several characters",
                found.size() + " characters in the library are named \u201C" + typed + "\u201D. Which one?",
                "Open",
                found,
                "whichCharacter");
    }

    /** The discarded edits of characters never created; Restore answers the chosen entry's id. */
    @Override
    public Optional<String> askRecoverDiscarded(List<Found> found) {
        return choose(
                "Recover discarded new characters",
                found.size() == 1
                        ? "1 new character was discarded before it was ever saved. Restore it as a new, unsaved character?"
                        : found.size()
                                + " new characters were discarded before they were ever saved. Restore one as a new,"
                                + " unsaved character?",
                "Restore",
                found,
                "recoverDiscarded");
    }

    /** A list of {@code found} (name · detail), the first selected; {@code button} answers the selected id. */
    private Optional<String> choose(String title, String header, String button, List<Found> found, String id) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ListView<Found> list = new ListView<>(FXCollections.observableArrayList(found));
        list.setId(id + "List");
        // At least three rows of room (in em: as many rows at every text size), never squeezed below it
        // by the dialog's layout, and the room a larger (resizable) dialog gives.
        // Its rows have a height in em (theme.css: 2.2 em, 31 px at 100 %), so whole rows fit at every size.
        Em.prefSize(list, Double.NaN, Math.max(3, Math.min(found.size(), 8)) * ROW_PX + 4);
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Found item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  \u00B7  " + item.detail());
            }
        });
        list.getSelectionModel().selectFirst();
        ButtonType ok = new ButtonType(button, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(list);
        dialog.setResizable(true);
        dialog.setResultConverter(b -> b == ok && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().id()
                : null);
        FxDialogService.prepare(owner.get(), dialog, id + "Dialog");
        return dialog.showAndWait();
    }
}
