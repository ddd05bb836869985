package io.characterstudio.ui.common;

/**
 * The generic questions and messages of the app (error, notice, yes/no, a question answered by an
 * action), behind one interface so that view-models can be tested with canned answers. Each feature
 * has its own dialog interface for its own dialogs (e.g. {@code TrashDialogs}, {@code BulkDialogs});
 * {@link FxDialogService} shows these as modal JavaFX dialogs.
 */
public interface DialogService {

    void showError(String title, String message);

    /** A message that is not a question, with only an OK button. */
    void showNotice(String title, String message);

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String question);

    /**
     * A question answered by an action: buttons {@code action} (e.g. "Restore at next start") and
     * {@code other} (e.g. "Cancel"; also Escape); true for {@code action}.
     */
    boolean askAction(String title, String message, String action, String other);
}
