package io.characterstudio.ui.editor;

import io.characterstudio.model.Language;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.ValidationProblem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/** The editor form. It binds to {@link EditorViewModel} and holds no state of its own. */
public final class EditorView {

    private final EditorViewModel vm;
    private final StackPane root;
    private final TextField findField = new TextField();
    private final TextArea backstoryArea = new TextArea();
    private final TextField nameField = new TextField();
    private final java.util.Map<ValidationProblem.Field, Node> fieldNodes = new java.util.EnumMap<>(
            ValidationProblem.Field.class);

    public EditorView(EditorViewModel vm, Node welcome, Runnable copyId) {
        this.vm = vm;
        Label error = new Label();
        error.setId("editorError");
        error.getStyleClass().add("banner-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        SplitPane columns = new SplitPane(fieldsColumn(copyId), backstoryColumn());
        columns.setDividerPositions(0.42);
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox form = new VBox(8, header(), error, columns);
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

    /** The character's name and, while there are edits the server does not have, "● Unsaved changes". */
    private Node header() {
        Label heading = detail("editorHeading", vm.headingProperty());
        heading.getStyleClass().setAll("label", "editor-heading");
        Label unsaved = new Label("\u25CF Unsaved changes");
        unsaved.setId("editorUnsaved");
        unsaved.getStyleClass().add("unsaved-mark");
        unsaved.visibleProperty().bind(vm.dirtyProperty());
        HBox header = new HBox(10, heading, unsaved);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        return header;
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+F: puts the cursor in the find field. */
    public void focusFind() {
        if (vm.openProperty().get()) {
            findField.requestFocus();
            findField.selectAll();
        }
    }

    public void focusName() {
        nameField.requestFocus();
    }

    private Node fieldsColumn(Runnable copyId) {
        nameField.setId("name");
        nameField.setAccessibleText("Name");
        nameField.setPromptText("The character's name");
        nameField.textProperty().bindBidirectional(vm.nameProperty());

        SearchableComboBox<io.characterstudio.model.VoiceOption> voice = VoicePicker.create(vm.voice());
        voice.setId("voice");
        voice.setAccessibleText("Voice");
        voice.setMaxWidth(Double.MAX_VALUE);
        fieldNodes.put(ValidationProblem.Field.NAME, nameField);
        fieldNodes.put(ValidationProblem.Field.VOICE, voice);
        fieldNodes.put(ValidationProblem.Field.BACKSTORY, backstoryArea);
        Label voiceValue = detail("voiceValue", Bindings.createStringBinding(() -> vm.voice().voiceProperty().get()
                .isBlank() ? "" : "Voice value: " + vm.voice().voiceProperty().get(), vm.voice().voiceProperty()));
        Label voiceWarning = message("voiceWarning", Bindings.createStringBinding(() -> vm.voice().voiceProperty()
                .get().isBlank() ? "Choose a voice." : vm.voice().warningProperty().get(),
                vm.voice().voiceProperty(), vm.voice().warningProperty()), "field-warning");

        ListView<Language> languages = LanguageChecks.create(vm.languages());
        languages.setId("languages");
        languages.setAccessibleText("Languages, 1 to 4");
        languages.setPrefHeight(150);
        fieldNodes.put(ValidationProblem.Field.LANGUAGES, languages);
        Label languagesProblem = message("languagesProblem", firstOf(vm.languages().messageProperty(),
                vm.languages().problemProperty()), "field-problem");

        VBox fields = new VBox(4,
                caption("Name", nameField), nameField, message("nameProblem", vm.nameProblemProperty(), "field-problem"),
                caption("Voice", voice), voice, voiceValue, voiceWarning,
                caption("Languages (1 to 4)", languages), LanguageChips.create(vm.languages()), languages, languagesProblem,
                caption("Actions", null), actionsEditor(),
                details(copyId));
        fields.setPadding(new Insets(4, 12, 4, 4));
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setId("fieldsScroll");
        return scroll;
    }

    private Node actionsEditor() {
        ActionsViewModel actions = vm.actions();
        ListView<String> list = new ListView<>(actions.actions());
        list.setId("actions");
        list.setAccessibleText("Actions");
        list.setEditable(true);
        list.setPrefHeight(120);
        list.setCellFactory(TextFieldListCell.forListView());
        fieldNodes.put(ValidationProblem.Field.ACTIONS, list);
        list.setOnEditCommit(e -> actions.rename(e.getIndex(), e.getNewValue()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                actions.remove(list.getSelectionModel().getSelectedIndex());
            }
        });
        TextField add = new TextField();
        add.setId("newAction");
        add.setPromptText("New action, such as Wave");
        add.setAccessibleText("New action");
        add.textProperty().bindBidirectional(actions.newActionProperty());
        add.setOnAction(e -> actions.add());
        HBox.setHgrow(add, Priority.ALWAYS);
        Button addButton = button("addAction", "Add", actions::add);
        Button up = button("actionUp", "↑", () -> select(list, actions.move(selected(list), -1)));
        Button down = button("actionDown", "↓", () -> select(list, actions.move(selected(list), 1)));
        Button remove = button("removeAction", "Remove", () -> actions.remove(selected(list)));
        up.setAccessibleText("Move action up");
        down.setAccessibleText("Move action down");
        for (Button b : new Button[] {up, down, remove}) {
            b.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        }
        return new VBox(4, list, new HBox(4, add, addButton), new HBox(4, up, down, remove),
                message("actionsMessage", firstOf(actions.messageProperty(), actions.problemProperty()), "field-problem"));
    }

    private Node details(Runnable copyId) {
        TextField id = new TextField();
        id.setId("characterId");
        id.setEditable(false);
        id.setAccessibleText("Character ID");
        id.setPromptText("Not saved yet");
        id.textProperty().bind(snapshotText(ServerCharacter::id));
        Button copy = button("copyId", "Copy", copyId);
        copy.disableProperty().bind(vm.snapshotProperty().isNull());
        HBox.setHgrow(id, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label("ID"), new HBox(4, id, copy));
        grid.addRow(1, new Label("Created"), detail("created", snapshotText(ServerCharacter::timestamp)));
        grid.addRow(2, new Label("Owner"), detail("owner", snapshotText(ServerCharacter::userId)));
        Label connection = new Label();
        connection.textProperty().bind(Bindings.createStringBinding(() -> vm.connection().name() + " · "
                + vm.connection().baseUrl(), vm.sessionProperty()));
        connection.setId("editorConnection");
        grid.addRow(3, new Label("Connection"), connection);
        GridPane.setHgrow(grid.getChildren().get(1), Priority.ALWAYS);
        VBox box = new VBox(4, caption("Details", null), grid);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private Node backstoryColumn() {
        BackstoryViewModel b = vm.backstory();
        backstoryArea.setId("backstory");
        backstoryArea.setAccessibleText("Backstory");
        backstoryArea.setWrapText(true);
        backstoryArea.setPromptText("Who is this character? Where do they come from, what do they want?");
        backstoryArea.textProperty().bindBidirectional(b.textProperty());
        backstoryArea.getStyleClass().add("backstory");
        VBox.setVgrow(backstoryArea, Priority.ALWAYS);

        findField.setId("findField");
        findField.setPromptText("Find in the backstory (Ctrl+F)");
        findField.setAccessibleText("Find in the backstory");
        findField.setOnAction(e -> findNext());
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                backstoryArea.requestFocus();
            }
        });
        HBox.setHgrow(findField, Priority.ALWAYS);
        Label findResult = new Label();
        findResult.setId("findResult");
        findField.textProperty().addListener((obs, was, now) -> findResult.setText(""));
        findField.setUserData(findResult);
        Button next = button("findNext", "Find next", this::findNext);
        Button undo = button("undo", "Undo", backstoryArea::undo);
        Button redo = button("redo", "Redo", backstoryArea::redo);
        undo.disableProperty().bind(backstoryArea.undoableProperty().not());
        redo.disableProperty().bind(backstoryArea.redoableProperty().not());

        ProgressBar meter = new ProgressBar();
        meter.setId("wordMeter");
        meter.setAccessibleText("Words used of 1000");
        meter.progressProperty().bind(b.fillProperty());
        meter.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(meter, Priority.ALWAYS);
        b.levelProperty().addListener((obs, was, now) -> level(meter, now));
        level(meter, b.levelProperty().get());
        Label counter = detail("wordCount", b.counterProperty());

        return new VBox(6, caption("Backstory", backstoryArea), new HBox(4, findField, next, findResult, undo, redo),
                backstoryArea, new HBox(8, meter, counter),
                message("backstoryProblem", b.problemProperty(), "field-problem"));
    }

    private void findNext() {
        Label result = (Label) findField.getUserData();
        String query = findField.getText();
        int from = backstoryArea.getSelection().getLength() > 0 ? backstoryArea.getSelection().getStart() + 1
                : backstoryArea.getCaretPosition();
        int at = vm.backstory().findNext(query, from);
        if (at < 0) {
            result.setText(query.isEmpty() ? "" : "Not found");
            return;
        }
        result.setText("");
        backstoryArea.selectRange(at, at + query.length());
    }

    private static void level(ProgressBar meter, BackstoryViewModel.Level level) {
        meter.getStyleClass().removeAll("meter-ok", "meter-warning", "meter-error");
        meter.getStyleClass().add("meter-" + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    private StringExpression snapshotText(java.util.function.Function<ServerCharacter, String> field) {
        return Bindings.createStringBinding(() -> vm.snapshotProperty().get() == null ? ""
                : field.apply(vm.snapshotProperty().get()), vm.snapshotProperty());
    }

    private static StringExpression firstOf(StringExpression first, StringExpression second) {
        return Bindings.createStringBinding(() -> first.get() != null && !first.get().isEmpty() ? first.get()
                : second.get(), first, second);
    }

    private static int selected(ListView<?> list) {
        return list.getSelectionModel().getSelectedIndex();
    }

    private static void select(ListView<?> list, int index) {
        list.getSelectionModel().clearAndSelect(index);
    }

    private static Label caption(String text, Node labelFor) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        label.setLabelFor(labelFor);
        return label;
    }

    private static Label message(String id, StringExpression text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label detail(String id, StringExpression text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("detail");
        label.textProperty().bind(text);
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
