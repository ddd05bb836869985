package io.characterstudio.ui.common;

import io.characterstudio.model.BackupInfo;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The dialogs of the workspace's backups: choosing one to restore, and plain notices. */
public final class BackupDialogs {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");
    private final Supplier<Window> owner;

    BackupDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    void showNotice(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        prepare(alert, "noticeDialog");
        alert.showAndWait();
    }

    Optional<BackupInfo> askBackup(List<BackupInfo> backups) {
        Dialog<BackupInfo> dialog = new Dialog<>();
        dialog.setTitle("Restore a backup");
        dialog.setHeaderText("Choose the backup to restore.");
        ListView<BackupInfo> list = new ListView<>();
        list.setId("backupList");
        list.getItems().setAll(backups);
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : describe(b));
            }
        });
        list.getSelectionModel().selectFirst();
        Label hint = new Label("The workspace as it is now is backed up first, so nothing is lost.");
        hint.setWrapText(true);
        VBox box = new VBox(10, list, hint);
        box.setPadding(new Insets(8, 12, 0, 12));
        ButtonType restore = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        prepare(dialog, "backupDialog");
        return dialog.showAndWait();
    }

    /** "29 Nov 2026, 08:12:00 · 1.2 MB · 40 characters", in the local time zone. */
    public static String describe(BackupInfo b) {
        String size = b.sizeBytes() >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", b.sizeBytes() / (1024.0 * 1024.0))
                : Math.max(1, (b.sizeBytes() + 1023) / 1024) + " KB";
        String characters = b.characters() < 0 ? "unreadable" : b.characters() == 1 ? "1 character"
                : b.characters() + " characters";
        return WHEN.format(b.takenAt().atZone(ZoneId.systemDefault())) + " · " + size + " · " + characters;
    }

    private void prepare(Dialog<?> dialog, String id) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.getDialogPane().setId(id);
        FxDialogService.closeOnEscape(dialog);
    }
}
