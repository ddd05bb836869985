package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.ValidationProblem;
import io.characterstudio.ui.common.StatusModel;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the user is told about saving: once the user edits again after a "Saved …"
 * message, the status bar says "Unsaved changes" instead (a plain message, no operation); a
 * refused save names the first problem in the status bar and asks the view to put the cursor in
 * that field ({@link #focusRequestProperty()}); its banner and that status line follow the
 * problems as they are fixed, and go once none is left.
 */
final class SaveFeedback {

    static final String UNSAVED = "Unsaved changes";

    private final StatusModel status;
    private final ReadOnlyObjectWrapper<CharacterField> focusRequest = new ReadOnlyObjectWrapper<>();
    private String refusalBanner = "";

    SaveFeedback(StatusModel status) {
        this.status = status;
    }

    /** The editor holds edits the server does not have: a "Saved …" message gives way to "Unsaved changes". */
    void edited() {
        if (status.lastResultProperty().get().startsWith("Saved")) {
            status.succeeded(UNSAVED + ": edited since the last save.");
        }
    }

    /** The editor's banner for a save refused for {@code problems} (not empty). */
    String refusedBanner(List<ValidationProblem> problems) {
        refusalBanner = "Not saved: "
                + problems.stream().map(ValidationProblem::message).collect(Collectors.joining(" "));
        return refusalBanner;
    }

    /**
     * The form's problems changed while the banner {@code shown} is up: if it is the banner of a
     * refused save, returns what it says now ("" once no problem is left; the status bar's "Not
     * saved" then gives way too); otherwise null (another banner stays as it is).
     */
    String problemsChanged(List<ValidationProblem> now, String shown) {
        if (refusalBanner.isEmpty() || !refusalBanner.equals(shown)) {
            return null;
        }
        if (!now.isEmpty()) {
            if (status.lastResultProperty().get().startsWith("Not saved:")) {
                status.failed(statusLine(now));
            }
            return refusedBanner(now);
        }
        refusalBanner = "";
        if (status.lastResultProperty().get().startsWith("Not saved:")) {
            status.succeeded("The form has no problem any more: save with Ctrl+S.");
        }
        return "";
    }

    /** Save was refused for {@code problems} (not empty): says why and asks for the first field's focus. */
    void refused(List<ValidationProblem> problems) {
        status.failed(statusLine(problems));
        focusRequest.set(null); // the same field twice in a row is asked for again
        focusRequest.set(problems.get(0).field());
    }

    /** The status bar's line for a save refused for {@code problems} (not empty): the first, and how many more. */
    private static String statusLine(List<ValidationProblem> problems) {
        return "Not saved: " + problems.get(0).message()
                + (problems.size() > 1
                        ? " (" + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "")
                                + " in the form)"
                        : "");
    }

    /** The message after a successful save: never "Saved" while edits typed meanwhile are pending. */
    static String savedMessage(String what, boolean stillDirty) {
        return stillDirty
                ? UNSAVED + ": " + what + " was saved, but edits typed meanwhile are not yet."
                : "Saved " + what + ".";
    }

    /** The field the view should put the cursor in (null between requests). */
    ReadOnlyObjectProperty<CharacterField> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }
}
