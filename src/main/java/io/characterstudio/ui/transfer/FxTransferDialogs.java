package io.characterstudio.ui.transfer;

import io.characterstudio.service.CharacterFiles.Format;
import io.characterstudio.service.TransferService.ImportItem;
import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.FxDialogService;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of export and import: where to, which files, and the import preview. */
public final class FxTransferDialogs implements TransferDialogs {

    private final Supplier<Window> owner;
    private File lastFolder = new File(System.getProperty("user.home"));

    public FxTransferDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ExportRequest> askExport(int count) {
        TextField folder = new TextField(lastFolder.getAbsolutePath());
        folder.setId("exportFolder");
        folder.setAccessibleText("Export folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export to folder");
            File start = new File(folder.getText());
            if (start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            File picked = chooser.showDialog(folder.getScene().getWindow());
            if (picked != null) {
                folder.setText(picked.getAbsolutePath());
            }
        });
        CheckBox studio = new CheckBox("Character Studio format (every field, tags, lineage): *.character.json");
        studio.setId("exportStudio");
        studio.setSelected(true);
        CheckBox card = new CheckBox("Character Card V2 (for other tools): *.card.json");
        card.setId("exportCard");
        CheckBox refresh = new CheckBox("Refresh from the server first (slower; needs the connection)");
        refresh.setId("exportRefresh");
        Label hint = new Label("One file per character, named after it; exporting again overwrites the same files,"
                + " so a folder under version control shows what changed. A missing folder is made. Without"
                + " \"Refresh\", each character is exported from this computer's copy when it is complete"
                + " (the report says when it was last synced), so export works offline.");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.getStyleClass().add("hint");
        Dialog<ExportRequest> dialog = new Dialog<>();
        dialog.setTitle("Export " + count + " character" + (count == 1 ? "" : "s"));
        dialog.setHeaderText("Export " + count + " character" + (count == 1 ? "" : "s") + " to JSON files");
        VBox box = new VBox(10, new HBox(8, folder, choose), studio, card, refresh, hint);
        box.getStyleClass().add(DialogFrame.CONTENT);
        dialog.getDialogPane().setContent(box);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(export).setId("exportButton");
        dialog.getDialogPane()
                .lookupButton(export)
                .disableProperty()
                .bind(studio.selectedProperty()
                        .not()
                        .and(card.selectedProperty().not())
                        .or(folder.textProperty().isEmpty()));
        dialog.setResultConverter(b -> {
            if (b != export) {
                return null;
            }
            Set<Format> formats = EnumSet.noneOf(Format.class);
            if (studio.isSelected()) {
                formats.add(Format.STUDIO);
            }
            if (card.isSelected()) {
                formats.add(Format.CARD_V2);
            }
            return new ExportRequest(Path.of(folder.getText().strip()), formats, refresh.isSelected());
        });
        prepare(dialog, "exportDialog");
        Optional<ExportRequest> answer = dialog.showAndWait();
        answer.ifPresent(a -> lastFolder = a.folder().toFile());
        return answer;
    }

    @Override
    public List<Path> askImportFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import characters");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Character files and ID lists", "*.json", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        Picked picked = toPaths(files.stream().map(File::getPath).toList(), name -> new File(name).toPath());
        if (!picked.refused().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, refusedMessage(picked), ButtonType.OK);
            alert.setTitle("Import characters");
            alert.setHeaderText("Some files cannot be opened");
            prepare(alert, "importRefusedDialog");
            alert.showAndWait();
        }
        return picked.paths();
    }

    /** Chosen files: those this JVM can open, and the names it cannot turn into a path. */
    record Picked(List<Path> paths, List<String> refused) {}

    /**
     * The chosen files as paths; a name the JVM cannot represent (a character the file-name
     * encoding of the system locale lacks, such as "é" under an ASCII locale) is listed as refused
     * instead of stopping the whole choice.
     */
    static Picked toPaths(List<String> names, Function<String, Path> toPath) {
        List<Path> paths = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String name : names) {
            try {
                paths.add(toPath.apply(name));
            } catch (InvalidPathException e) {
                refused.add(name);
            }
        }
        return new Picked(paths, refused);
    }

    static String refusedMessage(Picked picked) {
        return "These files have names that cannot be used with this computer's language settings (the file-name"
                + " encoding lacks some of their characters); rename them, or start Character Studio with a UTF-8"
                + " locale:\n" + String.join("\n", picked.refused())
                + (picked.paths().isEmpty() ? "" : "\n\nThe other files are read.");
    }

    @Override
    public Optional<List<ImportItem>> confirmImport(List<ImportItem> plan) {
        ImportPreview preview = new ImportPreview(plan);
        Dialog<Boolean> dialog = ImportPreviewDialog.create(preview);
        prepare(dialog, "importDialog");
        return dialog.showAndWait().filter(ok -> ok).map(ok -> preview.chosen());
    }

    private void prepare(Dialog<?> dialog, String id) {
        FxDialogService.prepare(owner.get(), dialog, id);
    }
}
