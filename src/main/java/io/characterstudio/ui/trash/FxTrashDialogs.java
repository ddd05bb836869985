package io.characterstudio.ui.trash;

import io.characterstudio.ui.common.FxDialogService;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** {@link TrashDialogs} as a modal JavaFX dialog owned by the main window. */
public final class FxTrashDialogs implements TrashDialogs {

    private final Supplier<Window> owner;

    public FxTrashDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showTrash(TrashViewModel trash) {
        Dialog<Void> dialog = TrashDialog.create(trash);
        FxDialogService.prepare(owner.get(), dialog, "trashDialog");
        dialog.showAndWait();
    }
}
