package io.characterstudio.ui.replace;

import io.characterstudio.ui.common.FxDialogService;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** {@link ReplaceDialogs} as a modal JavaFX dialog owned by the main window. */
public final class FxReplaceDialogs implements ReplaceDialogs {

    private final Supplier<Window> owner;

    public FxReplaceDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public int showFindReplace(FindReplaceViewModel findReplace) {
        Dialog<Integer> dialog = FindReplaceDialog.create(findReplace);
        FxDialogService.prepare(owner.get(), dialog, "findReplaceDialog");
        return dialog.showAndWait().orElse(0);
    }
}
