package io.characterstudio.ui.common;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.ui.connections.ConnectionEditorViewModel;

import java.util.List;
import java.util.Optional;

/**
 * Every question the app asks the user, behind one interface so that view-models can be tested
 * with canned answers. The JavaFX implementation shows modal dialogs.
 */
public interface DialogService {

    /** What to do with unsaved changes. */
    enum LeaveChoice { SAVE, DISCARD, CANCEL }

    /** What to do with a draft a crash left behind. */
    enum DraftChoice { RESTORE, DISCARD, LATER }

    /** How to clone the selection: copies of each, with the knowledge bank, a name pattern ({name}, {n}). */
    record BulkCloneRequest(int copies, boolean withKnowledgeBank, String namePattern) {
    }

    /**
     * Where and how to export: a folder (made when missing), one or both formats, and whether to read
     * every character from the server first (off by default: this computer's complete copies are used).
     */
    record ExportRequest(java.nio.file.Path folder, java.util.Set<io.characterstudio.service.CharacterFiles.Format> formats,
                         boolean refreshFirst) {
        public ExportRequest(java.nio.file.Path folder,
                             java.util.Set<io.characterstudio.service.CharacterFiles.Format> formats) {
            this(folder, formats, false);
        }
    }

    /**
     * The answer of the open dialog: one text, an ID or a name. Text that looks like an ID (a
     * UUID, once trimmed of spaces and line breaks) opens by ID, anything else by name.
     */
    record OpenRequest(String text) {

        private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        /** The text without the spaces and line breaks around it. */
        public String trimmed() {
            return text == null ? "" : text.strip();
        }

        /** Whether the trimmed text is a UUID, so the request opens by ID. */
        public boolean looksLikeId() {
            return UUID.matcher(trimmed()).matches();
        }
    }

    /** A character found by name in the library, offered when several match what was typed. */
    record Found(String id, String name, String detail) {
    }

    /**
     * Asks which of several library characters to open; {@code typed} is what the user typed.
     * The answer is the chosen ID, empty if cancelled.
     */
    Optional<String> askWhichCharacter(String typed, java.util.List<Found> found);

    /**
     * Lists the discarded edits of characters never created ({@code id}: the history entry);
     * empty when the user cancels.
     */
    Optional<String> askRecoverDiscarded(java.util.List<Found> found);

    LeaveChoice askSaveChanges(String characterName);

    /** The open dialog: one field for an ID or a name, suggesting the given library names as the user types. */
    Optional<OpenRequest> askOpen(java.util.List<String> names);

    /** Asks to clone; the answer is whether to copy the knowledge bank too, empty if cancelled. */
    Optional<Boolean> askClone(String characterName);

    /** The irreversible-delete confirmation: true only when the user typed the name and confirmed. */
    boolean confirmDelete(String characterName, String characterId);

    void showError(String title, String message);

    /** Offers back an unsaved draft, with its time and what differs from the server copy. */
    DraftChoice askRestoreDraft(io.characterstudio.model.Draft draft);

    /** The trash of the active connection, with restore and empty. */
    void showTrash(io.characterstudio.ui.trash.TrashViewModel trash);

    /** Shows both sides of a conflict; the user's choice, or empty to decide later. */
    Optional<io.characterstudio.ui.conflict.ConflictViewModel.Outcome> resolveConflict(
            io.characterstudio.ui.conflict.ConflictViewModel conflict);

    /** The history of the open character. */
    void showHistory(io.characterstudio.ui.history.HistoryViewModel history);

    /** The bulk-delete dry run and confirmation: true only when the user typed the count and confirmed. */
    boolean confirmBulkDelete(BulkPlan plan);

    /** Shows a dry run of a bulk operation; true when the user runs it. */
    boolean confirmPlan(BulkPlan plan);

    /** Asks how to clone {@code count} selected characters; empty if cancelled. */
    Optional<BulkCloneRequest> askBulkClone(int count);

    /** The tag to add to (or remove from) {@code count} characters; empty if cancelled. */
    Optional<String> askTag(boolean add, int count);

    /**
     * A report the user can read, filter, copy or save; what the user chose: close, retry the
     * failed ones, or run the ones not run (each offered only when there are some).
     */
    BulkReport.Choice showReport(BulkReport report);

    /** The find-and-replace dialog; how many characters got a draft. */
    int showFindReplace(io.characterstudio.ui.replace.FindReplaceViewModel findReplace);

    /** Asks where to export {@code count} characters and in which formats; empty if cancelled. */
    Optional<ExportRequest> askExport(int count);

    /** The files to import (character files or lists of IDs); empty if cancelled. */
    List<java.nio.file.Path> askImportFiles();

    /**
     * The import preview: each item with its proposed action, which the user may change
     * (create, update, skip); the chosen items, or empty if cancelled.
     */
    Optional<List<io.characterstudio.service.TransferService.ImportItem>> confirmImport(
            List<io.characterstudio.service.TransferService.ImportItem> plan);

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String question);

    /** The connection dialog bound to {@code editor}; the saved connection, or empty if cancelled. */
    Optional<ConnectionInfo> editConnection(
            ConnectionEditorViewModel editor);

    /** Where to copy a character to; empty if cancelled. */
    Optional<ConnectionInfo> askCopyTarget(String characterName,
                                                                  List<ConnectionInfo> targets);

    /** A message that is not a question, with only an OK button. */
    void showNotice(String title, String message);

    /**
     * A question answered by an action: buttons {@code action} (e.g. "Restore at next start") and
     * {@code other} (e.g. "Cancel"; also Escape); true for {@code action}.
     */
    boolean askAction(String title, String message, String action, String other);

    /**
     * The backups of the workspace to choose one to restore (newest first; damaged ones are shown
     * but cannot be chosen); empty if cancelled.
     */
    Optional<io.characterstudio.model.BackupInfo> askBackup(List<io.characterstudio.model.BackupInfo> backups);
}
