package io.characterstudio.ui.editor;

import static io.characterstudio.ui.editor.FormParts.caption;
import static io.characterstudio.ui.editor.FormParts.detail;
import static io.characterstudio.ui.editor.FormParts.firstOf;
import static io.characterstudio.ui.editor.FormParts.message;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.ui.common.NarrowLayout;
import io.characterstudio.ui.common.TextWidth;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * The editor form, laid out for writing: the name, voice and languages sit compactly at the top;
 * below them the backstory takes the full height and most of the width, beside a narrower column
 * for the actions and details that keeps its width when the window grows. It binds to
 * {@link EditorViewModel} and holds no state of its own.
 */
public final class EditorView {

    /** The backstory's share of the width below the header fields. */
    static final double BACKSTORY_SHARE = 0.7;

    private static final double FIELD_WIDTH = 160;
    /** Below this width (in em) the voice goes under the name instead of beside it (a larger text size). */
    static final double HEADER_STACK_EMS = 48;
    /** The backstory's share of the height when the actions and details are under it. */
    static final double STACKED_BACKSTORY_SHARE = 0.8;
    /** Stacked, the backstory's height (its find bar, about ten lines of text and its word meter), in em. */
    static final double STACKED_BACKSTORY_EMS = 17;
    /** Stacked, the side column's least height: its caption, in em. */
    static final double STACKED_SIDE_EMS = 1.5;
    /** Below this width (in em) the actions and details go under the backstory instead of beside it. */
    static final double COLUMNS_STACK_EMS = 46;

    private final EditorViewModel vm;
    private final StackPane root;
    private final TextField nameField = new TextField();
    private final BackstoryPane backstory;
    private final Map<CharacterField, Node> fieldNodes = new EnumMap<>(CharacterField.class);
    private final SplitPane columns;
    /** The side column's width in em as the text size changes; null until {@link #followTextSize}. */
    private TextWidth sideWidth;

    public EditorView(EditorViewModel vm, Node welcome, Runnable copyId) {
        this.vm = vm;
        this.backstory = new BackstoryPane(vm.backstory(), vm.backstoryMessage());
        FormParts.reportLeaving(backstory.area(), vm, CharacterField.BACKSTORY);
        Label error = new Label();
        error.setId("editorError");
        error.getStyleClass().add("banner-error");
        // One line, kept: a long message (a server's error) ends in "…" and shows whole on hover
        // (and in the status bar), so it never wraps and pushes the form down.
        error.setWrapText(false);
        error.setTextOverrun(OverrunStyle.ELLIPSIS);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(vm.errorProperty());
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        whole.textProperty().bind(vm.errorProperty());
        error.tooltipProperty()
                .bind(Bindings.when(vm.errorProperty().isEmpty())
                        .then((Tooltip) null)
                        .otherwise(whole));
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.setMinWidth(0);
        HBox.setHgrow(error, Priority.ALWAYS);

        EditorSide side = new EditorSide(vm);
        Node sideColumn = side.create(copyId);
        columns = new SplitPane(backstory.root(), sideColumn);
        columns.setId("editorColumns");
        columns.setDividerPositions(BACKSTORY_SHARE);
        SplitPane.setResizableWithParent(sideColumn, false);
        // Narrow for its text (a larger text size): the actions and details under the backstory.
        double[] beside = {BACKSTORY_SHARE};
        NarrowLayout.when(columns, nameField.fontProperty(), COLUMNS_STACK_EMS, narrow -> {
            if (narrow && columns.getOrientation() == Orientation.HORIZONTAL) {
                beside[0] = columns.getDividerPositions()[0];
            }
            columns.setOrientation(narrow ? Orientation.VERTICAL : Orientation.HORIZONTAL);
            columns.setDividerPositions(narrow ? STACKED_BACKSTORY_SHARE : beside[0]);
            if (narrow) {
                Platform.runLater(this::placeStacked); // once laid out one above the other
            }
            if (!narrow && sideWidth != null) {
                Platform.runLater(sideWidth::restore); // once laid out side by side
            }
        });
        // Stacked, a new text size or window height gives the backstory its lines again.
        nameField.fontProperty().addListener((obs, was, now) -> Platform.runLater(this::placeStacked));
        columns.heightProperty().addListener((obs, was, now) -> Platform.runLater(this::placeStacked));
        VBox.setVgrow(columns, Priority.ALWAYS);
        fieldNodes.put(CharacterField.BACKSTORY, backstory.area());
        fieldNodes.put(CharacterField.ACTIONS, side.actionsList());

        VBox form = new VBox(6, header(error), headerFields(), columns);
        form.setPadding(new Insets(8));
        form.visibleProperty().bind(vm.openProperty());
        welcome.visibleProperty().bind(vm.openProperty().not());
        root = new StackPane(welcome, form);
        root.getStyleClass().add("editor");
        vm.focusRequestProperty().addListener((obs, was, field) -> {
            if (field != null && fieldNodes.containsKey(field)) {
                fieldNodes.get(field).requestFocus();
            }
        });
    }

    /**
     * The character's name, "● Unsaved changes" while there are edits the server does not have, and
     * the banner {@code error} beside them: its line is kept while it is empty, so the form below
     * does not move when a message comes or goes.
     */
    private Node header(Label error) {
        Label heading = detail("editorHeading", vm.headingProperty());
        heading.getStyleClass().setAll("label", "editor-heading");
        Label unsaved = new Label("\u25CF Unsaved changes");
        unsaved.setId("editorUnsaved");
        unsaved.getStyleClass().add("unsaved-mark");
        unsaved.setMinWidth(Region.USE_PREF_SIZE);
        unsaved.visibleProperty().bind(vm.dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty()); // its room goes to the name while saved
        HBox header = new HBox(10, heading, unsaved, error);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    /**
     * Stacked (the actions and details under the backstory), the backstory gets
     * {@link #STACKED_BACKSTORY_SHARE} of the height, or room for {@link #STACKED_BACKSTORY_EMS} em if that
     * is more, while the side column keeps at least its caption ({@link #STACKED_SIDE_EMS} em); the user
     * can drag the divider up to see more of it.
     */
    private void placeStacked() {
        double height = columns.getHeight();
        if (columns.getOrientation() != Orientation.VERTICAL || height <= 0) {
            return;
        }
        double em = nameField.getFont().getSize();
        double share = Math.max(
                STACKED_BACKSTORY_SHARE,
                Math.min(STACKED_BACKSTORY_EMS * em / height, 1 - STACKED_SIDE_EMS * em / height));
        if (Math.abs(columns.getDividerPositions()[0] - share) > 0.002) {
            columns.setDividerPositions(share);
        }
    }

    public Parent root() {
        return root;
    }

    /**
     * The side column (actions, details) keeps its width in em as {@code percent} (the text size)
     * changes, and comes back at that width when the columns are side by side again.
     */
    public void followTextSize(ObservableValue<Number> percent) {
        sideWidth = TextWidth.follow(columns, (Region) columns.getItems().get(1), percent);
    }

    /** Ctrl+F: puts the cursor in the find field. */
    public void focusFind() {
        if (vm.openProperty().get()) {
            backstory.focusFind();
        }
    }

    public void focusName() {
        nameField.requestFocus();
    }

    /**
     * Name and voice side by side, the languages below them, each with a message line that is
     * always there (empty while the field is fine), so nothing moves when a message comes or goes.
     */
    private Node headerFields() {
        nameField.setId("name");
        nameField.setAccessibleText("Name");
        nameField.setPromptText("The character's name");
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        nameField.setMaxWidth(Double.MAX_VALUE);
        nameField.setPrefWidth(FIELD_WIDTH);

        SearchableComboBox<VoiceOption> voice = VoicePicker.create(vm.voice());
        voice.setId("voice");
        voice.setAccessibleText("Voice");
        voice.setMaxWidth(Double.MAX_VALUE);
        // Twice the name's: side by side, the two share the room beyond it evenly, and a voice's name is long.
        voice.setPrefWidth(2 * FIELD_WIDTH);
        Label voiceWarning = message("voiceWarning", vm.voiceMessage(), "field-warning");
        FormParts.redWhileBlocking(voiceWarning, vm, CharacterField.VOICE);
        FormParts.reportLeaving(nameField, vm, CharacterField.NAME);
        FormParts.reportLeaving(voice, vm, CharacterField.VOICE);

        FlowPane languages = LanguagePicker.create(vm.languages());
        Node picker = languages.lookup("#addLanguage");
        fieldNodes.put(CharacterField.NAME, nameField);
        fieldNodes.put(CharacterField.VOICE, voice);
        fieldNodes.put(CharacterField.LANGUAGES, picker);
        Label languagesProblem = message(
                "languagesProblem",
                firstOf(vm.languages().messageProperty(), vm.languages().problemProperty()),
                "field-problem");

        GridPane grid = new GridPane();
        grid.setId("headerFields");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setFillWidth(true);
        grid.getColumnConstraints().addAll(captions, wide, captions, wide);
        Label nameProblem = message("nameProblem", vm.nameMessage(), "field-problem");
        for (Label line : new Label[] {nameProblem, voiceWarning, languagesProblem}) {
            // A message takes the width of its column and wraps in it; it never widens the column, so the
            // split between name and voice stays the same whatever the voice's warning says.
            line.setMinWidth(0);
            line.setPrefWidth(0);
            line.setMaxWidth(Double.MAX_VALUE);
        }
        HeaderLayout layout = new HeaderLayout(
                grid,
                new HeaderLayout.Row(caption("Name", nameField), nameField, nameProblem),
                new HeaderLayout.Row(caption("Voice", voice), voice, voiceWarning),
                new HeaderLayout.Row(caption("Languages", picker), languages, languagesProblem));
        for (Node n : grid.getChildren()) {
            GridPane.setValignment(n, VPos.CENTER);
        }
        // Narrow for its text: one field a row, captions still beside them.
        NarrowLayout.when(grid, nameField.fontProperty(), HEADER_STACK_EMS, layout::apply);
        return grid;
    }
}
