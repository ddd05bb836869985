package io.characterstudio.ui.editor;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.ValidationProblem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editor's Save and Reload. A save of a form with problems is refused with the reason (every
 * field's real message shows, the banner and the status bar say why, the cursor goes to the first
 * field) and the banner follows the problems as they are fixed; a form without edits saves
 * nothing; otherwise {@link ServerCalls} creates or updates and the form is compared with the
 * server's answer, keeping whatever was typed meanwhile.
 */
final class SaveFlow {

    private final EditedCharacter edited;
    private final FormBuffer form;
    private final FieldHints hints;
    private final SaveFeedback feedback;
    private final ServerCalls calls;
    private final ReadOnlyStringWrapper error;
    private final BooleanBinding canSave;
    private final BooleanBinding available;

    /** @param error the editor's banner */
    SaveFlow(
            EditedCharacter edited,
            FormBuffer form,
            FieldHints hints,
            SaveFeedback feedback,
            ServerCalls calls,
            ReadOnlyStringWrapper error) {
        this.edited = edited;
        this.form = form;
        this.hints = hints;
        this.feedback = feedback;
        this.calls = calls;
        this.error = error;
        BooleanBinding idle = calls.busyProperty().not();
        BooleanBinding valid = form.problems().none();
        canSave = edited.openProperty().and(edited.dirtyProperty()).and(idle).and(valid);
        available = edited.openProperty().and(idle).and(edited.dirtyProperty().or(valid.not()));
        form.problems().all().addListener((obs, was, now) -> {
            String banner = feedback.problemsChanged(now, error.get());
            if (banner != null) {
                error.set(banner);
            }
        });
    }

    /** Saves; completes with true when the server has the form (or there was nothing to save). */
    CompletableFuture<Boolean> save() {
        if (!edited.openProperty().get() || calls.busy()) {
            return CompletableFuture.completedFuture(false);
        }
        List<ValidationProblem> found = form.problems().all().get();
        if (!found.isEmpty()) {
            hints.revealAll();
            error.set(feedback.refusedBanner(found));
            feedback.refused(found);
            return CompletableFuture.completedFuture(false);
        }
        if (!edited.dirtyProperty().get()) {
            return CompletableFuture.completedFuture(true);
        }
        ServerCharacter base = edited.snapshot();
        return calls.save(base, form.fields().get(), saved -> {
            edited.saved(saved, base == null);
            return edited.dirtyProperty().get();
        });
    }

    /** Reads the character again and opens the server's copy; false for a character never created. */
    CompletableFuture<Boolean> reload() {
        ServerCharacter base = edited.snapshot();
        if (base == null || calls.busy()) {
            return CompletableFuture.completedFuture(false);
        }
        return calls.reload(base, edited::load);
    }

    /** Whether a save would be sent now: open, idle, edited and without problems. */
    BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Whether Save may be asked for: open and idle, with edits or problems (an invalid form is refused with the reason). */
    BooleanBinding availableProperty() {
        return available;
    }
}
