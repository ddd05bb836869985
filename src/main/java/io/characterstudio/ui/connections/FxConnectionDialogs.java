package io.characterstudio.ui.connections;

import static io.characterstudio.ui.common.FxDialogService.quoted;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.FxDialogService;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** {@link ConnectionDialogs} as modal JavaFX dialogs owned by the main window. */
public final class FxConnectionDialogs implements ConnectionDialogs {

    private final Supplier<Window> owner;
    private final DialogService errors;

    /** {@code errors} says that there is no other connection to copy to. */
    public FxConnectionDialogs(Supplier<Window> owner, DialogService errors) {
        this.owner = owner;
        this.errors = errors;
    }

    @Override
    public Optional<ConnectionInfo> editConnection(ConnectionEditorViewModel editor) {
        Dialog<ConnectionInfo> dialog = ConnectionDialog.create(editor);
        FxDialogService.prepare(owner.get(), dialog, "connectionDialog");
        return dialog.showAndWait();
    }

    @Override
    public Optional<ConnectionInfo> askCopyTarget(String characterName, List<ConnectionInfo> targets) {
        if (targets.isEmpty()) {
            errors.showError(
                    "Copy to another connection",
                    "There is no other connection yet. Add one first" + " (Connection > Add connection…).");
            return Optional.empty();
        }
        ChoiceDialog<ConnectionInfo> dialog = new ChoiceDialog<>(targets.get(0), targets);
        dialog.setTitle("Copy to…");
        dialog.setHeaderText("Copy " + quoted(characterName) + " to another connection?");
        dialog.setContentText("Connection:");
        FxDialogService.prepare(owner.get(), dialog, "copyDialog");
        return dialog.showAndWait();
    }
}
