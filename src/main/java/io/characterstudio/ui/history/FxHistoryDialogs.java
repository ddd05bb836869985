package io.characterstudio.ui.history;

import io.characterstudio.ui.common.FxDialogService;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** {@link HistoryDialogs} as a modal JavaFX dialog owned by the main window. */
public final class FxHistoryDialogs implements HistoryDialogs {

    private final Supplier<Window> owner;

    public FxHistoryDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showHistory(HistoryViewModel history) {
        Dialog<Void> dialog = HistoryDialog.create(history);
        FxDialogService.prepare(owner.get(), dialog, "historyDialog");
        dialog.showAndWait();
    }
}
