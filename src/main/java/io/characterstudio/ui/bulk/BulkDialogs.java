package io.characterstudio.ui.bulk;

import java.util.Optional;

/** The dialogs of work on many characters at once; {@link FxBulkDialogs} in the app, a fake in tests. */
public interface BulkDialogs {

    /** How to clone the selection: copies of each, with the knowledge bank, a name pattern ({name}, {n}). */
    record BulkCloneRequest(int copies, boolean withKnowledgeBank, String namePattern) {}

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
}
