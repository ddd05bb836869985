package io.characterstudio.ui.conflict;

import java.util.Optional;

/** The conflict feature's dialog; {@link FxConflictDialogs} in the app, a fake in tests. */
public interface ConflictDialogs {

    /** Shows both sides of a conflict; the user's choice, or empty to decide later. */
    Optional<ConflictViewModel.Outcome> resolveConflict(ConflictViewModel conflict);
}
