package io.characterstudio.ui.bulk;

import static io.characterstudio.ui.common.FxDialogService.box;
import static io.characterstudio.ui.common.FxDialogService.hint;

import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.FolderOpener;
import io.characterstudio.ui.common.FxClipboard;
import io.characterstudio.ui.common.FxDialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The dialogs of bulk work: the dry run before, the typed delete confirmation, the report after;
 * each resizable, with a summary, filters and the lines that matter first ({@link ListingPane}); an
 * export's report also opens its folder ("Open folder").
 */
public final class FxBulkDialogs implements BulkDialogs {

    private final Supplier<Window> owner;
    private final FolderOpener folders;

    /** Dialogs whose reports cannot open a folder (no "Open folder" button). */
    public FxBulkDialogs(Supplier<Window> owner) {
        this(owner, null);
    }

    /** Dialogs whose reports open the folder an export wrote to with {@code folders}. */
    public FxBulkDialogs(Supplier<Window> owner, FolderOpener folders) {
        this.owner = owner;
        this.folders = folders;
    }

    @Override
    public boolean confirmPlan(BulkPlan plan) {
        Dialog<Boolean> dialog = planDialog(plan, "bulkPlanDialog");
        ButtonType run = new ButtonType(plan.action(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(run).setId("bulkPlanRun");
        dialog.setResultConverter(b -> b == run);
        return dialog.showAndWait().orElse(false);
    }

    @Override
    public boolean confirmBulkDelete(BulkPlan plan) {
        String count = Integer.toString(plan.lines().size());
        Dialog<Boolean> dialog = planDialog(plan, "bulkDeleteDialog");
        TextField typed = new TextField();
        typed.setId("bulkDeleteCount");
        typed.setAccessibleText("Type the number of characters to confirm");
        Label warning = new Label("On Convai a delete is irreversible. Type " + count + " to confirm.");
        warning.setWrapText(true);
        ((VBox) dialog.getDialogPane().getContent()).getChildren().addAll(warning, typed);
        ButtonType delete = new ButtonType(plan.action(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(delete, ButtonType.CANCEL);
        Node deleteButton = dialog.getDialogPane().lookupButton(delete);
        deleteButton.setId("bulkDeleteButton");
        deleteButton
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !typed.getText().strip().equals(count), typed.textProperty()));
        dialog.setResultConverter(b -> b == delete && typed.getText().strip().equals(count));
        Platform.runLater(typed::requestFocus);
        return dialog.showAndWait().orElse(false);
    }

    private Dialog<Boolean> planDialog(BulkPlan plan, String id) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(plan.title());
        dialog.setHeaderText(plan.title() + ": dry run, nothing is sent yet");
        BulkListing listing = new BulkListing(plan.lines());
        Label explanation = new Label(plan.summary());
        explanation.setWrapText(true);
        VBox box = ListingPane.create(
                listing, listing.summary(plan.title()), "bulkPlanLines", "What will happen to each character");
        box.getChildren().add(1, explanation);
        box.getStyleClass().add(DialogFrame.CONTENT);
        dialog.getDialogPane().setContent(box);
        ListingPane.fit(dialog, box);
        prepare(dialog, id);
        return dialog;
    }

    @Override
    public BulkReport.Choice showReport(BulkReport report) {
        // One line per item in a virtual list: a text area of a thousand lines took over 100 ms
        // to lay out on the FX thread.
        BulkListing listing = new BulkListing(report.text().lines().toList());
        VBox box = ListingPane.create(listing, report.summary(), "reportText", "The result of each character");
        ((Label) box.getChildren().get(0)).setId("reportSummary");
        Button copy = new Button("Copy report");
        copy.setId("reportCopy");
        copy.setOnAction(e -> new FxClipboard().copy(report.fullText()));
        Label saved = new Label();
        saved.setId("reportSaved");
        saved.setWrapText(true);
        Button save = new Button("Save report…");
        save.setId("reportSave");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the report");
            chooser.setInitialFileName(report.title().toLowerCase(Locale.ROOT).replace(' ', '-') + "-report.txt");
            File file = chooser.showSaveDialog(box.getScene().getWindow());
            if (file != null) {
                saved.setText("Saving…");
                report.save()
                        .apply(file.toPath())
                        .whenComplete((v, failure) -> Platform.runLater(() -> saved.setText(
                                failure == null
                                        ? "Saved to " + file
                                        : "Not saved: " + FailureMessages.describe(failure, ""))));
            }
        });
        Dialog<BulkReport.Choice> dialog = new Dialog<>();
        dialog.setTitle(report.title());
        dialog.setHeaderText(report.title() + ": the result of each character");
        HBox actions = new HBox(8, copy, save);
        if (folders != null && report.folder().isPresent()) {
            actions.getChildren().add(openFolderButton(report.folder().get(), saved));
        }
        box.getChildren().addAll(actions, saved);
        box.getStyleClass().add(DialogFrame.CONTENT);
        dialog.getDialogPane().setContent(box);
        ButtonType retry = choiceButton(dialog, report.retryButton(), "reportRetry");
        ButtonType runSkipped = choiceButton(dialog, report.runSkippedButton(), "reportRunSkipped");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // Close is the default and has the focus: Enter never starts another run by itself.
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("reportClose");
        close.setDefaultButton(true);
        dialog.setOnShown(e -> close.requestFocus());
        dialog.setResultConverter(b -> b == null
                ? BulkReport.Choice.CLOSE
                : b == retry
                        ? BulkReport.Choice.RETRY_FAILED
                        : b == runSkipped ? BulkReport.Choice.RUN_SKIPPED : BulkReport.Choice.CLOSE);
        ListingPane.fit(dialog, box);
        prepare(dialog, "reportDialog");
        return dialog.showAndWait().orElse(BulkReport.Choice.CLOSE);
    }

    /**
     * "Open folder": hands the folder to the platform's file manager off the FX thread and puts its
     * path on the clipboard, because a platform without a file manager may fail without telling
     * (it only logs); says under the buttons what happened and where the folder is.
     */
    private Button openFolderButton(Path folder, Label said) {
        Button open = new Button("Open folder");
        open.setId("reportOpenFolder");
        open.setAccessibleText("Open " + folder + " in the file manager");
        open.setOnAction(e -> {
            new FxClipboard().copy(folder.toString());
            folders.open(folder)
                    .whenComplete((v, failure) -> Platform.runLater(() -> said.setText(
                            failure == null
                                    ? "Asked the file manager to show the folder. Nothing opened? Its path is on the clipboard: "
                                            + folder
                                    : "No file manager opened the folder (" + FailureMessages.describe(failure, "")
                                            + "); it is " + folder + " (the path is on the clipboard).")));
        });
        return open;
    }

    /** A button with the given words and ID when they are offered; null (no button) otherwise. */
    private static ButtonType choiceButton(Dialog<?> dialog, Optional<String> words, String id) {
        if (words.isEmpty()) {
            return null;
        }
        ButtonType type = new ButtonType(words.get(), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().add(type);
        dialog.getDialogPane().lookupButton(type).setId(id);
        return type;
    }

    @Override
    public Optional<BulkCloneRequest> askBulkClone(int count) {
        Dialog<BulkCloneRequest> dialog = new Dialog<>();
        dialog.setTitle("Clone " + count + " characters");
        dialog.setHeaderText("Clone each of the " + count + " selected characters.");
        Spinner<Integer> copies = new Spinner<>(1, 50, 1);
        copies.setId("bulkCloneCopies");
        copies.setEditable(true);
        copies.setAccessibleText("Copies of each");
        CheckBox knowledgeBank = new CheckBox("Also copy the knowledge bank");
        knowledgeBank.setId("bulkCloneKnowledgeBank");
        TextField pattern = new TextField("{name} v{n}");
        pattern.setId("bulkClonePattern");
        pattern.setAccessibleText("Name pattern");
        ButtonType clone = new ButtonType("Clone", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(clone, ButtonType.CANCEL);
        // Clone (the default button) has the focus when the dialog opens: Return clones.
        dialog.getDialogPane().lookupButton(clone).setId("bulkCloneOk");
        dialog.getDialogPane()
                .setContent(box(
                        new HBox(8, new Label("Copies of each"), copies),
                        knowledgeBank,
                        new Label("Name of each copy ({name} and {n}; empty keeps the name)"),
                        pattern,
                        hint("A clone is never retried automatically: a retry would make a duplicate.")));
        dialog.setResultConverter(b -> b == clone
                ? new BulkCloneRequest(
                        copies.getValue(),
                        knowledgeBank.isSelected(),
                        pattern.getText().strip())
                : null);
        prepare(dialog, "bulkCloneDialog");
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askTag(boolean add, int count) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(add ? "Add a tag" : "Remove a tag");
        dialog.setHeaderText((add ? "Tag " : "Untag ") + count + " character" + (count == 1 ? "" : "s") + ".");
        dialog.setContentText("Tag:");
        dialog.getEditor().setId("tagText");
        prepare(dialog, "tagDialog");
        return dialog.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String id) {
        FxDialogService.prepare(owner.get(), dialog, id);
    }
}
