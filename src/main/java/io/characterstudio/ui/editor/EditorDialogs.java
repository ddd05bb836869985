package io.characterstudio.ui.editor;

import io.characterstudio.model.Draft;
import java.util.Optional;

/** The questions about the open character; {@link FxEditorDialogs} in the app, a fake in tests. */
public interface EditorDialogs {

    /** What to do with unsaved changes. */
    enum LeaveChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** What to do with a draft a crash left behind. */
    enum DraftChoice {
        RESTORE,
        DISCARD,
        LATER
    }

    LeaveChoice askSaveChanges(String characterName);

    /** Asks to clone; the answer is whether to copy the knowledge bank too, empty if cancelled. */
    Optional<Boolean> askClone(String characterName);

    /** The irreversible-delete confirmation: true only when the user typed the name and confirmed. */
    boolean confirmDelete(String characterName, String characterId);

    /** Offers back an unsaved draft, with its time and what differs from the server copy. */
    DraftChoice askRestoreDraft(Draft draft);
}
