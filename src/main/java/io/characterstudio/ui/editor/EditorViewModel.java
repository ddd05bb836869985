package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.DisplayTime;
import io.characterstudio.model.Draft;
import io.characterstudio.model.Language;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.ValidationProblem;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The editor form: the buffer of the five fields (split into child view-models), the snapshot of
 * what the server has, dirty tracking against it, and the validation that gates Save
 * ({@link FormProblems}). The draft autosave ({@link DraftAutosave}), the catalogue loading
 * ({@link CatalogueLoader}) and the calls to the server ({@link ServerCalls}) are pieces of their
 * own. Saving never overwrites what the user typed meanwhile.
 */
public final class EditorViewModel {

    static final CharacterFields NEW_CHARACTER = new CharacterFields("", "", "", List.of(),
            List.of(Language.DEFAULT_CODE));

    private final ObservableValue<Session> session;
    private final DraftAutosave autosave;
    private boolean showing;
    private final Executor ui;
    private final StatusModel status;

    private final StringProperty name = new SimpleStringProperty("");
    private final RuleRuns rules = new RuleRuns();
    private final BackstoryViewModel backstory = new BackstoryViewModel(rules);
    private final ActionsViewModel actions = new ActionsViewModel(rules);
    private final LanguagesViewModel languages = new LanguagesViewModel(rules);
    private final VoiceViewModel voice = new VoiceViewModel(languages.selected());
    private final ReadOnlyObjectWrapper<ServerCharacter> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ServerCalls calls;

    private final ObjectBinding<CharacterFields> fields;
    private final BooleanBinding dirty;
    private final FormProblems problems;
    private final BooleanBinding canSave;
    private final StringBinding title;
    private final StringBinding heading;
    private final BooleanBinding saveAvailable;
    private final SaveFeedback feedback;
    private final FieldHints hints = new FieldHints();
    private final Map<CharacterField, FieldMessage> messages = new EnumMap<>(CharacterField.class);

    public EditorViewModel(ObservableValue<Session> session, DraftJournal drafts, StatusModel status, Executor ui) {
        this.session = session;
        this.autosave = new DraftAutosave(drafts, this::connection);
        this.status = status;
        this.ui = ui;
        this.calls = new ServerCalls(this::service, status, ui, error::set);
        Observable[] inputs = {name, voice.voiceProperty(), backstory.textProperty(), actions.actions(),
                languages.selected()};
        fields = Bindings.createObjectBinding(this::currentFields, inputs);
        dirty = Bindings.createBooleanBinding(() -> open.get() && !fields.get().equals(baseline()), fields, open, snapshot);
        problems = new FormProblems(Map.of(
                CharacterField.NAME, rules.check(() -> CharacterRules.nameProblem(name.get()), name),
                CharacterField.VOICE, rules.check(() -> CharacterRules.voiceProblem(voice.voiceProperty().get()),
                        voice.voiceProperty()),
                CharacterField.BACKSTORY, backstory.checkProperty(),
                CharacterField.ACTIONS, actions.checkProperty(),
                CharacterField.LANGUAGES, languages.checkProperty()));
        BooleanBinding idle = calls.busyProperty().not();
        canSave = open.and(dirty).and(idle).and(problems.none());
        fields.addListener((obs, was, now) -> journal());
        heading = Bindings.createStringBinding(() -> name.get().isBlank()
                ? (snapshot.get() == null ? "New character" : "(no name)") : name.get(), name, snapshot);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "• " : "") + heading.get(), dirty, heading);
        saveAvailable = open.and(idle).and(dirty.or(problems.none().not()));
        feedback = new SaveFeedback(status);
        StringBinding voiceText = Bindings.createStringBinding(() -> problems.message(CharacterField.VOICE).get()
                .isEmpty() ? voice.warningProperty().get() : problems.message(CharacterField.VOICE).get(),
                problems.message(CharacterField.VOICE), voice.warningProperty());
        messages.put(CharacterField.NAME, hints.message(CharacterField.NAME, name,
                problems.message(CharacterField.NAME), "Required."));
        messages.put(CharacterField.VOICE, hints.message(CharacterField.VOICE, voice.voiceProperty(), voiceText,
                "Required: pick one from the list."));
        messages.put(CharacterField.BACKSTORY, hints.message(CharacterField.BACKSTORY, backstory.textProperty(),
                problems.message(CharacterField.BACKSTORY), "Required: who the character is, in your words."));
        for (CharacterField listField : List.of(CharacterField.ACTIONS, CharacterField.LANGUAGES)) {
            messages.put(listField, new FieldMessage(problems.message(listField),
                    Bindings.createBooleanBinding(() -> false)));
        }
        problems.all().addListener((obs, was, now) -> {
            String banner = feedback.problemsChanged(now, error.get());
            if (banner != null) {
                error.set(banner);
            }
        });
    }

    /** Loads the voice and language catalogues of the connection (the picker and checks need them). */
    public CompletableFuture<Void> loadCatalogues() {
        return CatalogueLoader.load(service(), status, ui, voice.catalogue(), languages.catalogue());
    }

    public void startNew() {
        snapshot.set(null);
        autosave.followNew();
        show(NEW_CHARACTER);
    }

    public void load(ServerCharacter character) {
        snapshot.set(character);
        autosave.follow(character.id());
        show(character.fields());
    }

    /**
     * Puts a journalled draft back into the editor over {@code current} (the server's copy, or
     * null for a character never created); it stays a draft until saved.
     */
    public void restore(Draft draft, ServerCharacter current) {
        snapshot.set(current);
        autosave.follow(draft.key());
        show(draft.fields());
        status.succeeded("Restored the unsaved draft of \"" + draft.title() + "\" from "
                + DisplayTime.minutes(draft.updatedAt()) + ".");
    }

    /**
     * After a conflict: the server's copy becomes the snapshot and the editor shows the
     * resolved fields (mine, theirs, or a merge), still unsaved where they differ from theirs.
     */
    public void adopt(ServerCharacter theirs, CharacterFields resolved) {
        snapshot.set(theirs);
        show(resolved);
    }

    /** Puts fields into the editor (from the history) without saving: they stay unsaved edits. */
    public void applyFields(CharacterFields f) {
        show(f);
    }

    /** Puts one field of {@code source} into the editor, leaving the others as they are. */
    public void applyField(CharacterField field, CharacterFields source) {
        show(field.take(source, fields.get()));
    }

    /** Forgets the journalled draft of what the editor shows (the user chose not to keep it). */
    public void discardDraft() {
        autosave.discard();
    }

    /** Where the history keeps what the editor shows: the character's ID, or the draft key of a new one. */
    public String historyKey() {
        return snapshot.get() == null ? autosave.key() : snapshot.get().id();
    }

    /**
     * Empties the editor and leaves the journalled draft of what it showed in place (a switch of
     * connection: the draft comes back when the user returns). {@link #close()} forgets it.
     */
    public void closeKeepingDraft() {
        autosave.followNew(); // emptying journals "no edits" under this new key, not the draft's
        close();
    }

    /** Empties the editor (after a delete). */
    public void close() {
        snapshot.set(null);
        show(NEW_CHARACTER);
        open.set(false);
    }

    public void revert() {
        show(baseline());
        if (snapshot.get() == null) {
            hints.calmAll();
        }
    }

    /**
     * Saves: creates a new character, or sends only the changed fields of an existing one.
     * Completes with true on success; on failure the text stays and the error is shown.
     */
    public CompletableFuture<Boolean> save() {
        if (!open.get() || calls.busy()) {
            return CompletableFuture.completedFuture(false);
        }
        List<ValidationProblem> found = problems.all().get();
        if (!found.isEmpty()) {
            hints.revealAll();
            error.set(feedback.refusedBanner(found));
            feedback.refused(found);
            return CompletableFuture.completedFuture(false);
        }
        if (!dirty.get()) {
            return CompletableFuture.completedFuture(true);
        }
        ServerCharacter base = snapshot.get();
        return calls.save(base, fields.get(), saved -> {
            if (base == null) {
                autosave.created(saved.id());
            }
            snapshot.set(saved);
            journal();
            return dirty.get();
        });
    }

    /** Reads the character again from the server and shows the server's copy. */
    public CompletableFuture<Boolean> reload() {
        ServerCharacter base = snapshot.get();
        if (base == null || calls.busy()) {
            return CompletableFuture.completedFuture(false);
        }
        return calls.reload(base, this::load);
    }

    /** Shows an error about this character in the editor's banner. */
    public void showError(String message) {
        error.set(message);
    }

    /** Journals the edit when it differs from the server copy, forgets it when it no longer does. */
    private void journal() {
        if (showing || !open.get()) {
            return;
        }
        if (dirty.get()) {
            feedback.edited();
            autosave.keep(snapshot.get(), fields.get());
        } else {
            autosave.discard();
        }
    }

    private void show(CharacterFields f) {
        showing = true;
        try {
            fill(f);
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

    private void fill(CharacterFields f) {
        name.set(f.name());
        voice.voiceProperty().set(f.voiceType());
        backstory.textProperty().set(f.backstory());
        backstory.clearFind();
        actions.actions().setAll(f.actions());
        languages.selected().setAll(f.languageCodes());
        error.set("");
        open.set(true);
    }

    private CharacterFields baseline() {
        return snapshot.get() == null ? NEW_CHARACTER : snapshot.get().fields();
    }

    private CharacterFields currentFields() {
        return new CharacterFields(name.get(), voice.voiceProperty().get(), backstory.textProperty().get(),
                CharacterRules.normaliseActions(actions.actions()), List.copyOf(languages.selected()));
    }

    /** How many times a field rule has run (a test hook). */
    int ruleRuns() {
        return rules.count();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringBinding nameProblemProperty() {
        return problems.message(CharacterField.NAME);
    }

    /**
     * The message line of {@code field}, read from the form's one list of problems: for the name,
     * the voice and the backstory a neutral hint while a new character's field is blank and not
     * yet reached; the voice's line also carries its warning (a voice the catalogue lacks).
     */
    public FieldMessage message(CharacterField field) {
        return messages.get(field);
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
        return problems.all();
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
        return backstory;
    }

    public ActionsViewModel actions() {
        return actions;
    }

    public LanguagesViewModel languages() {
        return languages;
    }

    public VoiceViewModel voice() {
        return voice;
    }

    public ReadOnlyObjectProperty<ServerCharacter> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
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
        return fields;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** The name for the editor's header ("New character" or "(no name)" when blank), without the dirty mark. */
    public StringBinding headingProperty() {
        return heading;
    }

    /**
     * Whether Save (Ctrl+S) may be asked for: with the form open and idle, when there are edits
     * or problems. An invalid form is refused with the reason, not silently ignored.
     */
    public BooleanBinding saveAvailableProperty() {
        return saveAvailable;
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
