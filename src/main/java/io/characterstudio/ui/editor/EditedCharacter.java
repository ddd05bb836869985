package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.Draft;
import io.characterstudio.model.Language;
import io.characterstudio.model.ServerCharacter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the editor has open and whether it is edited: the server's copy the form is compared with
 * (the snapshot; null for a character not yet created), whether a form is open, the dirty mark
 * (the form's fields differ from the snapshot's, or from an empty new character), the heading and
 * the title, and the draft journal kept in step ({@link DraftAutosave}): a change the user makes is
 * journalled while the form differs from the snapshot and forgotten once it does not. Filling the
 * form (opening, restoring, reverting) is not an edit; it journals only the result.
 */
final class EditedCharacter {

    static final CharacterFields NEW_CHARACTER =
            new CharacterFields("", "", "", List.of(), List.of(Language.DEFAULT_CODE));

    private final FormBuffer form;
    private final DraftAutosave autosave;
    private final FieldHints hints;
    private final SaveFeedback feedback;
    private final Runnable filled;
    private final ReadOnlyObjectWrapper<ServerCharacter> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding dirty;
    private final StringBinding heading;
    private final StringBinding title;
    private boolean showing;

    /** @param filled runs each time the form is filled (the editor clears its banner) */
    EditedCharacter(FormBuffer form, DraftAutosave autosave, FieldHints hints, SaveFeedback feedback, Runnable filled) {
        this.form = form;
        this.autosave = autosave;
        this.hints = hints;
        this.feedback = feedback;
        this.filled = filled;
        dirty = Bindings.createBooleanBinding(
                () -> open.get() && !form.fields().get().equals(baseline()), form.fields(), open, snapshot);
        form.fields().addListener((obs, was, now) -> journal());
        heading = Bindings.createStringBinding(
                () -> form.name().get().isBlank()
                        ? (snapshot.get() == null ? "New character" : "(no name)")
                        : form.name().get(),
                form.name(),
                snapshot);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "• " : "") + heading.get(), dirty, heading);
    }

    /** Opens an empty form for a new character, journalled under a fresh draft key. */
    void startNew() {
        snapshot.set(null);
        autosave.followNew();
        show(NEW_CHARACTER);
    }

    /** Opens the server's copy of {@code character}. */
    void load(ServerCharacter character) {
        snapshot.set(character);
        autosave.follow(character.id());
        show(character.fields());
    }

    /** Opens a journalled draft over {@code current} (null: never created); it stays a draft until saved. */
    void restore(Draft draft, ServerCharacter current) {
        snapshot.set(current);
        autosave.follow(draft.key());
        show(draft.fields());
    }

    /** Compares the form with {@code base} from now on and shows {@code fields} (a conflict's resolution). */
    void adopt(ServerCharacter base, CharacterFields fields) {
        snapshot.set(base);
        show(fields);
    }

    /** Puts {@code f} into the form over the same snapshot; it is journalled when it differs from it. */
    void show(CharacterFields f) {
        showing = true;
        try {
            form.fill(f);
            filled.run();
            open.set(true);
        } finally {
            showing = false;
        }
        if (snapshot.get() == null) {
            hints.holdBack();
        } else {
            hints.revealAll();
        }
        journal();
    }

    /** Empties the form and closes it, forgetting the journalled draft of what it showed. */
    void close() {
        snapshot.set(null);
        show(NEW_CHARACTER);
        open.set(false);
    }

    /** Empties the form and closes it; the journalled draft of what it showed stays for later. */
    void closeKeepingDraft() {
        autosave.followNew(); // emptying journals "no edits" under this new key, not the draft's
        close();
    }

    /** The server has {@code saved} now ({@code created}: it was new): the form is compared with it. */
    void saved(ServerCharacter saved, boolean created) {
        if (created) {
            autosave.created(saved.id());
        }
        snapshot.set(saved);
        journal();
    }

    /** Forgets the journalled draft of what the form shows. */
    void discardDraft() {
        autosave.discard();
    }

    /** Where the history keeps what the form shows: the character's ID, or the draft key of a new one. */
    String historyKey() {
        return snapshot.get() == null ? autosave.key() : snapshot.get().id();
    }

    /** What the form is compared with: the snapshot's fields, or an empty new character. */
    CharacterFields baseline() {
        return snapshot.get() == null ? NEW_CHARACTER : snapshot.get().fields();
    }

    /** Journals the edit when it differs from the server copy, forgets it when it no longer does. */
    private void journal() {
        if (showing || !open.get()) {
            return;
        }
        if (dirty.get()) {
            feedback.edited();
            autosave.keep(snapshot.get(), form.fields().get());
        } else {
            autosave.discard();
        }
    }

    ServerCharacter snapshot() {
        return snapshot.get();
    }

    ReadOnlyObjectProperty<ServerCharacter> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    BooleanBinding dirtyProperty() {
        return dirty;
    }

    StringBinding headingProperty() {
        return heading;
    }

    StringBinding titleProperty() {
        return title;
    }
}
