package io.characterstudio.app;

import java.util.function.Supplier;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The owner of a dialog about to open: the most recently shown modal window still open over the
 * main window (a question asked from the trash belongs to the trash), else the main window.
 *
 * <p>A question owned by the main window while the trash is open hands the focus back to the main
 * window when it closes, a window the trash's modality keeps disabled: the platform decides
 * whether the keyboard comes back to the trash (GTK does; Monocle, the headless platform of the
 * tests, does not, and no key reached the trash after its question). Owned by the trash, the
 * question gives the focus back to the trash everywhere.
 */
final class DialogOwner implements Supplier<Window> {

    private final Window main;

    DialogOwner(Window main) {
        this.main = main;
    }

    @Override
    public Window get() {
        Window top = main;
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w instanceof Stage s && s.getModality() != Modality.NONE && ownedByMain(s)) {
                top = w; // the list is in the order the windows were shown: the last one is on top
            }
        }
        return top;
    }

    private boolean ownedByMain(Stage stage) {
        for (Window w = stage.getOwner(); w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == main) {
                return true;
            }
        }
        return false;
    }
}
