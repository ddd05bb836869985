package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.DisplayTime;
import io.characterstudio.model.Draft;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.ValidationProblem;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The editor of one character, put together from its pieces: the buffer of the five fields and
 * the form's one source of problems ({@link FormBuffer}), each field's message line
 * ({@link FieldMessages}, {@link FieldHints}), what is open and whether it is edited, with the
 * draft journal kept in step ({@link EditedCharacter}, {@link DraftAutosave}), Save and Reload
 * ({@link SaveFlow}, {@link ServerCalls}, {@link SaveFeedback}) and the catalogues
 * ({@link CatalogueLoader}). Saving never overwrites what the user typed meanwhile.
 */
public final class EditorViewModel {

    private final ObservableValue<Session> session;
    private final Executor ui;
    private final StatusModel status;
    private final FormBuffer form = new FormBuffer();
    private final FieldHints hints = new FieldHints();
    private final FieldMessages messages = new FieldMessages(form, hints);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final SaveFeedback feedback;
    private final ServerCalls calls;
    private final EditedCharacter edited;
    private final SaveFlow saving;

    public EditorViewModel(ObservableValue<Session> session, DraftJournal drafts, StatusModel status, Executor ui) {
        this.session = session;
        this.status = status;
        this.ui = ui;
        this.feedback = new SaveFeedback(status);
        this.calls = new ServerCalls(this::service, status, ui, error::set);
        this.edited = new EditedCharacter(
                form, new DraftAutosave(drafts, this::connection), hints, feedback, () -> error.set(""));
        this.saving = new SaveFlow(edited, form, hints, feedback, calls, error);
    }

    /** Loads the voice and language catalogues of the connection (the picker and checks need them). */
    public CompletableFuture<Void> loadCatalogues() {
        return CatalogueLoader.load(
                service(),
                status,
                ui,
                form.voice().catalogue(),
                form.languages().catalogue());
    }

    public void startNew() {
        edited.startNew();
    }

    public void load(ServerCharacter character) {
        edited.load(character);
    }

    /**
     * Puts a journalled draft back into the editor over {@code current} (the server's copy, or
     * null for a character never created); it stays a draft until saved.
     */
    public void restore(Draft draft, ServerCharacter current) {
        edited.restore(draft, current);
        status.succeeded("Restored the unsaved draft of \"" + draft.title() + "\" from "
                + DisplayTime.minutes(draft.updatedAt()) + ".");
    }

    /**
     * After a conflict: the server's copy becomes the snapshot and the editor shows the
     * resolved fields (mine, theirs, or a merge), still unsaved where they differ from theirs.
     */
    public void adopt(ServerCharacter theirs, CharacterFields resolved) {
        edited.adopt(theirs, resolved);
    }

    /** Puts fields into the editor (from the history) without saving: they stay unsaved edits. */
    public void applyFields(CharacterFields f) {
        edited.show(f);
    }

    /** Puts one field of {@code source} into the editor, leaving the others as they are. */
    public void applyField(CharacterField field, CharacterFields source) {
        edited.show(field.take(source, form.fields().get()));
    }

    /** Forgets the journalled draft of what the editor shows (the user chose not to keep it). */
    public void discardDraft() {
        edited.discardDraft();
    }

    /** Where the history keeps what the editor shows: the character's ID, or the draft key of a new one. */
    public String historyKey() {
        return edited.historyKey();
    }

    /**
     * Empties the editor and leaves the journalled draft of what it showed in place (a switch of
     * connection: the draft comes back when the user returns). {@link #close()} forgets it.
     */
    public void closeKeepingDraft() {
        edited.closeKeepingDraft();
    }

    /** Empties the editor (after a delete). */
    public void close() {
        edited.close();
    }

    public void revert() {
        form.backstory().asEdit(() -> edited.show(edited.baseline()));
        if (edited.snapshot() == null) {
            hints.calmAll();
        }
    }

    /**
     * Saves: creates a new character, or sends only the changed fields of an existing one.
     * Completes with true on success; on failure the text stays and the error is shown.
     */
    public CompletableFuture<Boolean> save() {
        return saving.save();
    }

    /** Reads the character again from the server and shows the server's copy. */
    public CompletableFuture<Boolean> reload() {
        return saving.reload();
    }

    /** Shows an error about this character in the editor's banner. */
    public void showError(String message) {
        error.set(message);
    }

    /** How many times a field rule has run (a test hook). */
    int ruleRuns() {
        return form.ruleRuns();
    }

    public StringProperty nameProperty() {
        return form.name();
    }

    public StringBinding nameProblemProperty() {
        return form.problems().message(CharacterField.NAME);
    }

    /**
     * The message line of {@code field}, read from the form's one list of problems: for the name,
     * the voice and the backstory a neutral hint while a new character's field is blank and not
     * yet reached; the voice's line also carries its warning (a voice the catalogue lacks).
     */
    public FieldMessage message(CharacterField field) {
        return messages.of(field);
    }

    /** The name's message line: a neutral hint on a new character's blank name until reached, then its problem. */
    public FieldMessage nameMessage() {
        return message(CharacterField.NAME);
    }

    /** The voice's message line: a hint like {@link #nameMessage()}, else "Choose a voice." or the voice's warning. */
    public FieldMessage voiceMessage() {
        return message(CharacterField.VOICE);
    }

    /** The backstory's message line: a hint like {@link #nameMessage()}, else its problem. */
    public FieldMessage backstoryMessage() {
        return message(CharacterField.BACKSTORY);
    }

    /** Every problem of the form, in the fields' order: what gates Save. */
    public ObjectBinding<List<ValidationProblem>> problemsProperty() {
        return form.problems().all();
    }

    /** The focus left {@code field}: a blank field's hint gives way to its real message. */
    public void fieldLeft(CharacterField field) {
        hints.left(field);
    }

    /** The focus entered {@code field} (after a revert, only then does leaving it count). */
    public void fieldEntered(CharacterField field) {
        hints.entered(field);
    }

    public BackstoryViewModel backstory() {
        return form.backstory();
    }

    public ActionsViewModel actions() {
        return form.actions();
    }

    public LanguagesViewModel languages() {
        return form.languages();
    }

    public VoiceViewModel voice() {
        return form.voice();
    }

    public ReadOnlyObjectProperty<ServerCharacter> snapshotProperty() {
        return edited.snapshotProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return edited.openProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    /** The failure of the last save or reload, to offer a fix (such as a refused key). */
    public ReadOnlyObjectProperty<Throwable> lastFailureProperty() {
        return calls.lastFailureProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectBinding<CharacterFields> fieldsProperty() {
        return form.fields();
    }

    public BooleanBinding dirtyProperty() {
        return edited.dirtyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return saving.canSaveProperty();
    }

    public StringBinding titleProperty() {
        return edited.titleProperty();
    }

    /** The name for the editor's header ("New character" or "(no name)" when blank), without the dirty mark. */
    public StringBinding headingProperty() {
        return edited.headingProperty();
    }

    /**
     * Whether Save (Ctrl+S) may be asked for: with the form open and idle, when there are edits
     * or problems. An invalid form is refused with the reason, not silently ignored.
     */
    public BooleanBinding saveAvailableProperty() {
        return saving.availableProperty();
    }

    /** After a refused save: the field the view should put the cursor in (null between requests). */
    public ReadOnlyObjectProperty<CharacterField> focusRequestProperty() {
        return feedback.focusRequestProperty();
    }

    public ConnectionInfo connection() {
        return session.getValue().connection();
    }

    public ObservableValue<Session> sessionProperty() {
        return session;
    }

    private CharacterService service() {
        return session.getValue().service();
    }
}
