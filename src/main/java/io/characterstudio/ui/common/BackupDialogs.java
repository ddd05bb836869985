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

/**
 * The dialogs of the workspace's backups: choosing one to restore (damaged ones greyed and not
 * choosable), questions answered by named actions, and plain notices.
 */
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

    boolean askAction(String title, String message, String action, String other) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(other, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        prepare(alert, "actionDialog");
        return alert.showAndWait().orElse(no) == yes;
    }

    Optional<BackupInfo> askBackup(List<BackupInfo> backups) {
        Dialog<BackupInfo> dialog = new Dialog<>();
        dialog.setTitle("Restore a backup");
        dialog.setHeaderText("Choose the backup to restore.");
        ListView<BackupInfo> list = new ListView<>();
        list.setId("backupList");
        list.getItems().setAll(backups);
        list.setPrefHeight(180);
        list.setPrefWidth(560);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : describe(b));
                setDisable(b != null && !b.sound());
                setOpacity(b != null && !b.sound() ? 0.5 : 1);
            }
        });
        backups.stream().filter(BackupInfo::sound).findFirst().ifPresent(b -> list.getSelectionModel().select(b));
        boolean anyDamaged = backups.stream().anyMatch(b -> !b.sound());
        Label hint = new Label("The workspace as it is now is backed up first, so nothing is lost."
                + (anyDamaged ? " Backups marked \"damaged\" failed the integrity check and cannot be restored." : ""));
        hint.setWrapText(true);
        VBox box = new VBox(10, list, hint);
        box.setPadding(new Insets(8, 12, 0, 12));
        ButtonType restore = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> list.getSelectionModel().getSelectedItem() == null || !list.getSelectionModel().getSelectedItem().sound(),
                list.getSelectionModel().selectedItemProperty()));
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        prepare(dialog, "backupDialog");
        return dialog.showAndWait().filter(BackupInfo::sound);
    }

    /**
     * A row of the list, in the local time zone: "29 Nov 2026, 08:12:00 · at close · 40 characters
     * · 1.2 MB", or "… · damaged" for a backup that failed the integrity check.
     */
    public static String describe(BackupInfo b) {
        String size = b.sizeBytes() >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", b.sizeBytes() / (1024.0 * 1024.0))
                : Math.max(1, (b.sizeBytes() + 1023) / 1024) + " KB";
        String reason = b.reason().label().isEmpty() ? "" : " · " + b.reason().label();
        String state = !b.sound() ? "damaged" : characters(b.characters());
        return when(b) + reason + " · " + state + " · " + size;
    }

    /** When the backup was taken, in the local time zone, with seconds. */
    public static String when(BackupInfo b) {
        return WHEN.format(b.takenAt().atZone(ZoneId.systemDefault()));
    }

    /** "1 character", "40 characters", or "unreadable" for -1. */
    public static String characters(int count) {
        return count < 0 ? "unreadable" : count == 1 ? "1 character" : count + " characters";
    }

    private void prepare(Dialog<?> dialog, String id) {
        FxDialogService.prepare(owner.get(), dialog, id);
    }
}
