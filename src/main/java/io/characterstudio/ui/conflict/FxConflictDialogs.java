package io.characterstudio.ui.conflict;

import io.characterstudio.ui.common.FxDialogService;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** {@link ConflictDialogs} as a modal JavaFX dialog owned by the main window. */
public final class FxConflictDialogs implements ConflictDialogs {

    private final Supplier<Window> owner;

    public FxConflictDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ConflictViewModel.Outcome> resolveConflict(ConflictViewModel conflict) {
        Dialog<ConflictViewModel.Outcome> dialog = ConflictDialog.create(conflict);
        FxDialogService.prepare(owner.get(), dialog, "conflictDialog");
        return dialog.showAndWait();
    }
}
