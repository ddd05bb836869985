package io.characterstudio.ui.editor;

import io.characterstudio.model.ValidationProblem;
import io.characterstudio.ui.common.StatusModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;

/**
 * What the user is told about saving: once the user edits again after a "Saved …"
 * message, the status bar says "Unsaved changes" instead (a plain message, no operation); a
 * refused save names the first problem in the status bar and asks the view to put the cursor in
 * that field ({@link #focusRequestProperty()}).
 */
final class SaveFeedback {

    static final String UNSAVED = "Unsaved changes";

    private final StatusModel status;
    private final ReadOnlyObjectWrapper<ValidationProblem.Field> focusRequest = new ReadOnlyObjectWrapper<>();

    SaveFeedback(StatusModel status) {
        this.status = status;
    }

    /** The editor holds edits the server does not have: a "Saved …" message gives way to "Unsaved changes". */
    void edited() {
        if (status.lastResultProperty().get().startsWith("Saved")) {
            status.succeeded(UNSAVED + ": edited since the last save.");
        }
    }

    /** Save was refused for {@code problems} (not empty): says why and asks for the first field's focus. */
    void refused(List<ValidationProblem> problems) {
        ValidationProblem first = problems.get(0);
        status.failed("Not saved: " + first.message() + (problems.size() > 1
                ? " (" + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + " in the form)" : ""));
        focusRequest.set(null); // the same field twice in a row is asked for again
        focusRequest.set(first.field());
    }

    /** The message after a successful save: never "Saved" while edits typed meanwhile are pending. */
    static String savedMessage(String what, boolean stillDirty) {
        return stillDirty ? UNSAVED + ": " + what + " was saved, but edits typed meanwhile are not yet."
                : "Saved " + what + ".";
    }

    /** The field the view should put the cursor in (null between requests). */
    ReadOnlyObjectProperty<ValidationProblem.Field> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }
}
