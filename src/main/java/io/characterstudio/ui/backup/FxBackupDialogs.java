package io.characterstudio.ui.backup;

import io.characterstudio.model.BackupInfo;
import io.characterstudio.ui.common.DialogFrame;
import io.characterstudio.ui.common.Em;
import io.characterstudio.ui.common.FxDialogService;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The backup dialog in JavaFX: choosing one backup to restore (damaged ones greyed and not choosable). */
public final class FxBackupDialogs implements BackupDialogs {

    private final Supplier<Window> owner;

    public FxBackupDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<BackupInfo> askBackup(List<BackupInfo> backups) {
        Dialog<BackupInfo> dialog = new Dialog<>();
        dialog.setTitle("Restore a backup");
        dialog.setHeaderText("Choose the backup to restore.");
        ListView<BackupInfo> list = new ListView<>();
        list.setId("backupList");
        list.getItems().setAll(backups);
        Em.prefSize(list, 560, 180); // in em: it grows with the text size
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : BackupTexts.describe(b));
                setDisable(b != null && !b.sound());
                setOpacity(b != null && !b.sound() ? 0.5 : 1);
            }
        });
        backups.stream()
                .filter(BackupInfo::sound)
                .findFirst()
                .ifPresent(b -> list.getSelectionModel().select(b));
        boolean anyDamaged = backups.stream().anyMatch(b -> !b.sound());
        Label hint = new Label("The workspace as it is now is backed up first, so nothing is lost."
                + (anyDamaged ? " Backups marked \"damaged\" failed the integrity check and cannot be restored." : ""));
        hint.setWrapText(true);
        VBox box = new VBox(10, list, hint);
        box.getStyleClass().add(DialogFrame.CONTENT);
        ButtonType restore = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(restore)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> list.getSelectionModel().getSelectedItem() == null
                                || !list.getSelectionModel().getSelectedItem().sound(),
                        list.getSelectionModel().selectedItemProperty()));
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        prepare(dialog, "backupDialog");
        return dialog.showAndWait().filter(BackupInfo::sound);
    }

    private void prepare(Dialog<?> dialog, String id) {
        FxDialogService.prepare(owner.get(), dialog, id);
    }
}
