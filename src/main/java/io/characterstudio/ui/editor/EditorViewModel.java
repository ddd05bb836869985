package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.CharacterRules;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.Draft;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.ValidationProblem;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
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
import javafx.beans.Observable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The editor form: the five fields (split into child view-models), the snapshot of what the
 * server has, dirty tracking against it, validation that gates Save, and the save, revert and
 * reload commands. Saving never overwrites what the user typed meanwhile.
 */
public final class EditorViewModel {

    private static final java.time.format.DateTimeFormatter DRAFT_TIME =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    static final CharacterFields NEW_CHARACTER = new CharacterFields("", "", "", List.of(), List.of("en-US"));

    private final ObservableValue<Session> session;
    private final DraftJournal drafts;
    private String draftKey = newDraftKey();
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
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Throwable> lastFailure = new ReadOnlyObjectWrapper<>();

    private final ObjectBinding<CharacterFields> fields;
    private final BooleanBinding dirty;
    private final ObjectBinding<List<ValidationProblem>> problems;
    private final BooleanBinding canSave;
    private final StringBinding nameProblem;
    private final StringBinding title;
    private final StringBinding heading;
    private final BooleanBinding saveAvailable;
    private final SaveFeedback feedback;
    private final FieldHints hints = new FieldHints();
    private final FieldMessage nameMessage;
    private final FieldMessage voiceMessage;
    private final FieldMessage backstoryMessage;

    public EditorViewModel(ObservableValue<Session> session, DraftJournal drafts, StatusModel status, Executor ui) {
        this.session = session;
        this.drafts = drafts;
        this.status = status;
        this.ui = ui;
        Observable[] inputs = {name, voice.voiceProperty(), backstory.textProperty(), actions.actions(),
                languages.selected()};
        fields = Bindings.createObjectBinding(this::currentFields, inputs);
        dirty = Bindings.createBooleanBinding(() -> open.get() && !fields.get().equals(baseline()), fields, open, snapshot);
        ObjectBinding<Optional<ValidationProblem>> nameCheck = rules.check(() -> CharacterRules.nameProblem(
                name.get()), name);
        problems = RuleRuns.all(nameCheck, rules.check(() -> CharacterRules.voiceProblem(voice.voiceProperty().get()),
                voice.voiceProperty()), backstory.checkProperty(), actions.checkProperty(), languages.checkProperty());
        nameProblem = RuleRuns.message(nameCheck);
        canSave = open.and(dirty).and(busy.not()).and(Bindings.createBooleanBinding(() -> problems.get().isEmpty(),
                problems));
        fields.addListener((obs, was, now) -> journal());
        heading = Bindings.createStringBinding(() -> name.get().isBlank()
                ? (snapshot.get() == null ? "New character" : "(no name)") : name.get(), name, snapshot);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "• " : "") + heading.get(), dirty, heading);
        saveAvailable = open.and(busy.not()).and(dirty.or(Bindings.createBooleanBinding(() -> !problems.get()
                .isEmpty(), problems)));
        feedback = new SaveFeedback(status);
        nameMessage = hints.message(ValidationProblem.Field.NAME, name, nameProblem, "Required.");
        voiceMessage = hints.message(ValidationProblem.Field.VOICE, voice.voiceProperty(), Bindings.createStringBinding(
                () -> voice.voiceProperty().get().isBlank() ? "Choose a voice." : voice.warningProperty().get(),
                voice.voiceProperty(), voice.warningProperty()), "Required: pick one from the list.");
        backstoryMessage = hints.message(ValidationProblem.Field.BACKSTORY, backstory.textProperty(),
                backstory.problemProperty(), "Required: who the character is, in your words.");
        problems.addListener((obs, was, now) -> {
            String banner = feedback.problemsChanged(now, error.get());
            if (banner != null) {
                error.set(banner);
            }
        });
    }

    /** Loads the voice and language catalogues of the connection (the picker and checks need them). */
    public CompletableFuture<Void> loadCatalogues() {
        StatusModel.Operation op = status.begin("Loading the voice and language catalogues…");
        return service().voices().thenCombine(service().languages(), (v, l) -> {
            ui.execute(() -> {
                voice.catalogue().setAll(v);
                languages.catalogue().setAll(l);
                op.succeeded("Catalogues loaded: " + v.size() + " voices, " + l.size() + " languages.");
            });
            return (Void) null;
        }).exceptionally(e -> {
            ui.execute(() -> op.failed("The catalogues could not be loaded: " + FailureMessages.describe(e, ""), e));
            return null;
        });
    }

    public void startNew() {
        snapshot.set(null);
        draftKey = newDraftKey();
        show(NEW_CHARACTER);
    }

    public void load(ServerCharacter character) {
        snapshot.set(character);
        draftKey = character.id();
        show(character.fields());
    }

    /**
     * Puts a journalled draft back into the editor over {@code current} (the server's copy, or
     * null for a character never created); it stays a draft until saved.
     */
    public void restore(Draft draft, ServerCharacter current) {
        snapshot.set(current);
        draftKey = draft.key();
        show(draft.fields());
        status.succeeded("Restored the unsaved draft of \"" + draft.title() + "\" from "
                + DRAFT_TIME.format(draft.updatedAt().atZone(java.time.ZoneId.systemDefault())) + ".");
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
    public void applyField(ValidationProblem.Field field, CharacterFields source) {
        CharacterFields now = fields.get();
        show(new CharacterFields(
                field == ValidationProblem.Field.NAME ? source.name() : now.name(),
                field == ValidationProblem.Field.VOICE ? source.voiceType() : now.voiceType(),
                field == ValidationProblem.Field.BACKSTORY ? source.backstory() : now.backstory(),
                field == ValidationProblem.Field.ACTIONS ? source.actions() : now.actions(),
                field == ValidationProblem.Field.LANGUAGES ? source.languageCodes() : now.languageCodes()));
    }

    /** Forgets the journalled draft of what the editor shows (the user chose not to keep it). */
    public void discardDraft() {
        drafts.discard(connection().id(), draftKey);
    }

    /** Where the history keeps what the editor shows: the character's ID, or the draft key of a new one. */
    public String historyKey() {
        return snapshot.get() == null ? draftKey : snapshot.get().id();
    }

    /**
     * Empties the editor and leaves the journalled draft of what it showed in place (a switch of
     * connection: the draft comes back when the user returns). {@link #close()} forgets it.
     */
    public void closeKeepingDraft() {
        draftKey = newDraftKey(); // emptying journals "no edits" under this new key, not the draft's
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
    }

    /**
     * Saves: creates a new character, or sends only the changed fields of an existing one.
     * Completes with true on success; on failure the text stays and the error is shown.
     */
    public CompletableFuture<Boolean> save() {
        if (!open.get() || busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        List<ValidationProblem> found = problems.get();
        if (!found.isEmpty()) {
            hints.revealAll();
            error.set(feedback.refusedBanner(found));
            feedback.refused(found);
            return CompletableFuture.completedFuture(false);
        }
        if (!dirty.get()) {
            return CompletableFuture.completedFuture(true);
        }
        CharacterFields sent = fields.get();
        ServerCharacter base = snapshot.get();
        String what = sent.name().isBlank() ? "the character" : "\"" + sent.name() + "\"";
        busy.set(true);
        error.set("");
        lastFailure.set(null);
        StatusModel.Operation op = status.begin("Saving " + what + "…");
        CompletableFuture<ServerCharacter> call = base == null
                ? service().create(sent).thenApply(created -> {
                    created.languagesNotSet().ifPresent(e -> ui.execute(() -> error.set(
                            "Created, but its languages could not be set: " + FailureMessages.describe(e, ""))));
                    return created.character();
                })
                : service().save(base, sent, false);
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        call.whenCompleteAsync((saved, failure) -> {
            busy.set(false);
            if (failure != null) {
                String message = FailureMessages.describe(failure, base == null ? "" : base.id());
                error.set("Not saved. " + message);
                lastFailure.set(FailureMessages.unwrap(failure));
                op.failed("Save failed: " + message, failure);
                result.complete(false);
            } else {
                if (base == null) {
                    drafts.discard(connection().id(), draftKey);
                    draftKey = saved.id();
                }
                snapshot.set(saved);
                journal();
                op.succeeded(SaveFeedback.savedMessage(what, dirty.get()));
                result.complete(true);
            }
        }, ui);
        return result;
    }

    /** Reads the character again from the server and shows the server's copy. */
    public CompletableFuture<Boolean> reload() {
        ServerCharacter base = snapshot.get();
        if (base == null || busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        StatusModel.Operation op = status.begin("Reloading \"" + base.name() + "\"…");
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        service().get(base.id()).whenCompleteAsync((fresh, failure) -> {
            busy.set(false);
            if (failure != null) {
                String message = FailureMessages.describe(failure, base.id());
                error.set("Not reloaded. " + message);
                lastFailure.set(FailureMessages.unwrap(failure));
                op.failed("Reload failed: " + message, failure);
                result.complete(false);
            } else {
                load(fresh);
                op.succeeded("Reloaded \"" + fresh.name() + "\" from the server.");
                result.complete(true);
            }
        }, ui);
        return result;
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
            ServerCharacter base = snapshot.get();
            drafts.update(new Draft(connection().id(), draftKey, Optional.ofNullable(base).map(ServerCharacter::id),
                    fields.get(), Optional.ofNullable(base).map(ServerCharacter::fields), Instant.now()));
        } else {
            drafts.discard(connection().id(), draftKey);
        }
    }

    private static String newDraftKey() {
        return "new-" + UUID.randomUUID();
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
        return nameProblem;
    }

    /** The name's message line: a neutral hint on a new character's blank name until reached, then its problem. */
    public FieldMessage nameMessage() {
        return nameMessage;
    }

    /** The voice's message line: a hint like {@link #nameMessage()}, else "Choose a voice." or the voice's warning. */
    public FieldMessage voiceMessage() {
        return voiceMessage;
    }

    /** The backstory's message line: a hint like {@link #nameMessage()}, else its problem. */
    public FieldMessage backstoryMessage() {
        return backstoryMessage;
    }

    /** The focus left {@code field}: a blank field's hint gives way to its real message. */
    public void fieldLeft(ValidationProblem.Field field) {
        hints.left(field);
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
        return busy.getReadOnlyProperty();
    }

    /** The failure of the last save or reload, to offer a fix (such as a refused key). */
    public ReadOnlyObjectProperty<Throwable> lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
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
    public ReadOnlyObjectProperty<ValidationProblem.Field> focusRequestProperty() {
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
