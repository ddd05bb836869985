package io.characterstudio.ui;

import io.characterstudio.ui.backup.BackupDialogs;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.conflict.ConflictDialogs;
import io.characterstudio.ui.connections.ConnectionDialogs;
import io.characterstudio.ui.editor.EditorDialogs;
import io.characterstudio.ui.history.HistoryDialogs;
import io.characterstudio.ui.main.MainDialogs;
import io.characterstudio.ui.open.OpenDialogs;
import io.characterstudio.ui.replace.ReplaceDialogs;
import io.characterstudio.ui.transfer.TransferDialogs;
import io.characterstudio.ui.trash.TrashDialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Canned answers for view-model tests, and a record of what was asked: the fake of the generic
 * dialogs and of every feature's dialog interface; {@link #all()} hands it to the main view-model.
 */
public final class FakeDialogs
        implements DialogService,
                EditorDialogs,
                OpenDialogs,
                ConnectionDialogs,
                BulkDialogs,
                TransferDialogs,
                BackupDialogs,
                TrashDialogs,
                HistoryDialogs,
                ReplaceDialogs,
                ConflictDialogs {

    /** This fake in the place of each feature's dialogs. */
    public MainDialogs all() {
        return new MainDialogs(this, this, this, this, this, this, this, this, this, this, this);
    }

    public LeaveChoice leaveChoice = LeaveChoice.CANCEL;
    public Optional<OpenRequest> openAnswer = Optional.empty();
    public Optional<Boolean> cloneAnswer = Optional.empty();
    public boolean deleteAnswer;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public LeaveChoice askSaveChanges(String characterName) {
        asked.add("save-changes:" + characterName);
        return leaveChoice;
    }

    /** The names the open dialog was given to suggest, one list per opening. */
    public final List<List<String>> openSuggestions = new ArrayList<>();

    @Override
    public Optional<OpenRequest> askOpen(List<String> names) {
        asked.add("open");
        openSuggestions.add(names);
        return openAnswer;
    }

    /** Each "which character?" question: what was typed, and the characters offered. */
    public final List<List<Found>> whichAsked = new ArrayList<>();

    public java.util.function.Function<List<Found>, Optional<String>> whichAnswer = found -> Optional.empty();

    @Override
    public Optional<String> askWhichCharacter(String typed, List<Found> found) {
        asked.add("which:" + typed);
        whichAsked.add(found);
        return whichAnswer.apply(found);
    }

    /** Each "recover discarded new characters" list offered; the answer picks from it. */
    public final List<List<Found>> recoverAsked = new ArrayList<>();

    public java.util.function.Function<List<Found>, Optional<String>> recoverAnswer = found -> Optional.empty();

    @Override
    public Optional<String> askRecoverDiscarded(List<Found> found) {
        recoverAsked.add(found);
        return recoverAnswer.apply(found);
    }

    @Override
    public Optional<Boolean> askClone(String characterName) {
        asked.add("clone:" + characterName);
        return cloneAnswer;
    }

    @Override
    public boolean confirmDelete(String characterName, String characterId) {
        asked.add("delete:" + characterName + ":" + characterId);
        return deleteAnswer;
    }

    public boolean confirmAnswer;
    /** Answers to {@link #confirm} by title; other titles get {@link #confirmAnswer}. */
    public final java.util.Map<String, Boolean> confirmByTitle = new java.util.HashMap<>();
    /** The question of each {@link #confirm}, in order. */
    public final List<String> questions = new ArrayList<>();

    public DraftChoice draftChoice = DraftChoice.LATER;
    public final List<io.characterstudio.model.Draft> offeredDrafts = new ArrayList<>();

    @Override
    public DraftChoice askRestoreDraft(io.characterstudio.model.Draft draft) {
        offeredDrafts.add(draft);
        return draftChoice;
    }

    public java.util.function.Function<
                    io.characterstudio.ui.connections.ConnectionEditorViewModel,
                    Optional<io.characterstudio.model.ConnectionInfo>>
            connectionEditor = vm -> Optional.empty();
    public Optional<io.characterstudio.model.ConnectionInfo> copyTarget = Optional.empty();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    public final List<io.characterstudio.ui.trash.TrashViewModel> trashShown = new ArrayList<>();
    public final List<io.characterstudio.ui.history.HistoryViewModel> historyShown = new ArrayList<>();

    @Override
    public void showHistory(io.characterstudio.ui.history.HistoryViewModel history) {
        historyShown.add(history);
    }

    public Optional<io.characterstudio.ui.conflict.ConflictViewModel.Outcome> conflictOutcome = Optional.empty();
    public java.util.function.Consumer<io.characterstudio.ui.conflict.ConflictViewModel> onConflict = c -> {};
    public final List<io.characterstudio.ui.conflict.ConflictViewModel> conflicts = new ArrayList<>();

    @Override
    public Optional<io.characterstudio.ui.conflict.ConflictViewModel.Outcome> resolveConflict(
            io.characterstudio.ui.conflict.ConflictViewModel conflict) {
        conflicts.add(conflict);
        onConflict.accept(conflict);
        return conflictOutcome;
    }

    @Override
    public void showTrash(io.characterstudio.ui.trash.TrashViewModel trash) {
        trashShown.add(trash);
    }

    public boolean bulkDeleteAnswer;
    public Optional<String> tagAnswer = Optional.empty();

    @Override
    public Optional<String> askTag(boolean add, int count) {
        asked.add((add ? "tag:" : "untag:") + count);
        return tagAnswer;
    }

    public Optional<BulkCloneRequest> bulkCloneAnswer = Optional.empty();

    @Override
    public Optional<BulkCloneRequest> askBulkClone(int count) {
        asked.add("bulk-clone:" + count);
        return bulkCloneAnswer;
    }

    public final List<String> reports = new ArrayList<>();
    public final List<String> reportTitles = new ArrayList<>();

    @Override
    public boolean confirmBulkDelete(io.characterstudio.ui.bulk.BulkPlan plan) {
        asked.add("bulk-delete:" + plan.lines().size());
        plans.add(plan);
        return bulkDeleteAnswer;
    }

    public final List<io.characterstudio.ui.bulk.BulkPlan> plans = new ArrayList<>();
    public boolean planAnswer = true;

    @Override
    public boolean confirmPlan(io.characterstudio.ui.bulk.BulkPlan plan) {
        asked.add("plan:" + plan.title());
        plans.add(plan);
        return planAnswer;
    }

    public final List<io.characterstudio.ui.bulk.BulkReport> fullReports = new ArrayList<>();
    public java.util.function.Consumer<io.characterstudio.ui.bulk.BulkReport> onReport = r -> {};
    /** How many times in a row the report answers "retry the failed ones" (when offered). */
    public int retries;
    /** How many times in a row the report answers "run the ones not run" (when offered, before retries). */
    public int runSkipped;

    @Override
    public io.characterstudio.ui.bulk.BulkReport.Choice showReport(io.characterstudio.ui.bulk.BulkReport report) {
        reports.add(report.summary() + "\n\n" + report.text());
        reportTitles.add(report.title());
        fullReports.add(report);
        onReport.accept(report);
        if (runSkipped > 0 && report.canRunSkipped()) {
            runSkipped--;
            return io.characterstudio.ui.bulk.BulkReport.Choice.RUN_SKIPPED;
        }
        if (retries > 0 && report.canRetry()) {
            retries--;
            return io.characterstudio.ui.bulk.BulkReport.Choice.RETRY_FAILED;
        }
        return io.characterstudio.ui.bulk.BulkReport.Choice.CLOSE;
    }

    public java.util.function.ToIntFunction<io.characterstudio.ui.replace.FindReplaceViewModel> onFindReplace = vm -> 0;

    @Override
    public int showFindReplace(io.characterstudio.ui.replace.FindReplaceViewModel findReplace) {
        asked.add("find-replace");
        return onFindReplace.applyAsInt(findReplace);
    }

    public Optional<ExportRequest> exportAnswer = Optional.empty();
    public List<java.nio.file.Path> importFiles = List.of();
    public final List<List<io.characterstudio.service.TransferService.ImportItem>> importPlans = new ArrayList<>();
    public java.util.function.UnaryOperator<List<io.characterstudio.service.TransferService.ImportItem>> importChoice =
            plan -> plan;
    public boolean importAnswer = true;

    @Override
    public Optional<ExportRequest> askExport(int count) {
        asked.add("export:" + count);
        return exportAnswer;
    }

    @Override
    public List<java.nio.file.Path> askImportFiles() {
        asked.add("import-files");
        return importFiles;
    }

    @Override
    public Optional<List<io.characterstudio.service.TransferService.ImportItem>> confirmImport(
            List<io.characterstudio.service.TransferService.ImportItem> plan) {
        importPlans.add(plan);
        return importAnswer ? Optional.of(importChoice.apply(plan)) : Optional.empty();
    }

    @Override
    public boolean confirm(String title, String question) {
        asked.add("confirm:" + title);
        questions.add(question);
        return confirmByTitle.getOrDefault(title, confirmAnswer);
    }

    @Override
    public Optional<io.characterstudio.model.ConnectionInfo> editConnection(
            io.characterstudio.ui.connections.ConnectionEditorViewModel editor) {
        asked.add("connection");
        return connectionEditor.apply(editor);
    }

    @Override
    public Optional<io.characterstudio.model.ConnectionInfo> askCopyTarget(
            String characterName, List<io.characterstudio.model.ConnectionInfo> targets) {
        asked.add("copy:" + characterName + ":" + targets.size());
        return copyTarget;
    }

    public final List<String> notices = new ArrayList<>();
    public final List<List<io.characterstudio.model.BackupInfo>> backupsOffered = new ArrayList<>();
    public java.util.function.Function<
                    List<io.characterstudio.model.BackupInfo>, Optional<io.characterstudio.model.BackupInfo>>
            backupChoice = list -> Optional.empty();

    @Override
    public void showNotice(String title, String message) {
        notices.add(title + ": " + message);
    }

    /** Each action question as "title: message [action|other]"; answered by actionAnswers in turn, then false. */
    public final List<String> actionsAsked = new ArrayList<>();

    public final java.util.Deque<Boolean> actionAnswers = new java.util.ArrayDeque<>();

    @Override
    public boolean askAction(String title, String message, String action, String other) {
        actionsAsked.add(title + ": " + message + " [" + action + "|" + other + "]");
        return !actionAnswers.isEmpty() && actionAnswers.poll();
    }

    @Override
    public Optional<io.characterstudio.model.BackupInfo> askBackup(List<io.characterstudio.model.BackupInfo> backups) {
        backupsOffered.add(backups);
        return backupChoice.apply(backups);
    }
}
