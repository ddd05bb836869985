package io.characterstudio.ui.connections;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.ConnectionCheck;
import io.characterstudio.service.ConnectionDraft;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.service.InvalidConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The connection dialog: name, base URL, key (masked by the view) and kind, the reasons it
 * cannot be saved, "Test connection", and Save. Nothing is saved while a reason stands. A new
 * connection's blank name and key greet the user with a neutral hint ("Required: a name and an
 * API key.") instead of their problems, each until its field has been left, has held text, or
 * Save was pressed; every other problem (a bad address, a key with spaces) shows at once.
 */
public final class ConnectionEditorViewModel {

    private final ConnectionService connections;
    private final Executor ui;
    private final String id;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty sandbox = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ConnectionCheck.Outcome> testOutcome = new ReadOnlyObjectWrapper<>();
    private ConnectionDraft tested;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ObjectBinding<List<String>> problemList;
    private final StringBinding problems;
    private final BooleanProperty nameShown = new SimpleBooleanProperty(false);
    private final BooleanProperty keyShown = new SimpleBooleanProperty(false);
    private final StringBinding message;
    private final BooleanBinding hint;
    private final BooleanBinding canSave;
    private final boolean keyStored;

    private ConnectionEditorViewModel(ConnectionService connections, Executor ui, String id, boolean keyStored) {
        this.connections = connections;
        this.ui = ui;
        this.id = id;
        this.keyStored = keyStored;
        problemList = Bindings.createObjectBinding(() -> connections.problems(draft()), name, baseUrl, apiKey, sandbox);
        problems = Bindings.createStringBinding(() -> String.join(" ", problemList.get()), problemList);
        hint = Bindings.createBooleanBinding(
                () -> saveError.get().isEmpty()
                        && shownProblems().isEmpty()
                        && !heldProblems().isEmpty(),
                problemList,
                saveError,
                nameShown,
                keyShown);
        message = Bindings.createStringBinding(
                () -> {
                    if (!saveError.get().isEmpty()) {
                        return saveError.get();
                    }
                    return hint.get() ? hintText(heldProblems()) : String.join(" ", shownProblems());
                },
                hint,
                problemList,
                saveError,
                nameShown,
                keyShown);
        revealOnText(name, nameShown);
        revealOnText(apiKey, keyShown);
        canSave = problems.isEmpty().and(busy.not());
        sandbox.addListener((obs, was, now) -> {
            testResult.set("");
            testOutcome.set(null);
        });
    }

    /** A new Convai connection, with Convai's base URL filled in. */
    public static ConnectionEditorViewModel forNew(ConnectionService connections, Executor ui) {
        ConnectionEditorViewModel vm = new ConnectionEditorViewModel(connections, ui, null, false);
        vm.baseUrl.set(ConnectionService.CONVAI_URL.toString());
        return vm;
    }

    /** An existing connection; its stored key is kept unless a new one is typed. */
    public static ConnectionEditorViewModel forEdit(
            ConnectionService connections, ConnectionInfo c, boolean keyStored, Executor ui) {
        ConnectionEditorViewModel vm = new ConnectionEditorViewModel(connections, ui, c.id(), keyStored);
        vm.name.set(c.name());
        vm.baseUrl.set(c.baseUrl().toString());
        vm.sandbox.set(c.sandbox());
        vm.revealAll();
        return vm;
    }

    /** The fields whose blank state is hinted at before it is called a problem. */
    public enum Field {
        NAME,
        API_KEY
    }

    /** The focus left {@code field}: from now on its problem shows instead of a hint. */
    public void left(Field field) {
        (field == Field.NAME ? nameShown : keyShown).set(true);
    }

    /** Save was pressed: every problem shows. */
    public void revealAll() {
        nameShown.set(true);
        keyShown.set(true);
    }

    private static void revealOnText(StringProperty value, BooleanProperty shown) {
        value.addListener((obs, was, now) -> {
            if (now != null && !now.isBlank()) {
                shown.set(true);
            }
        });
    }

    private boolean held(String problem) {
        return problem.equals(ConnectionService.NAME_REQUIRED) && !nameShown.get()
                || problem.equals(ConnectionService.KEY_REQUIRED) && !keyShown.get();
    }

    private List<String> heldProblems() {
        return problemList.get().stream().filter(this::held).toList();
    }

    private List<String> shownProblems() {
        return problemList.get().stream().filter(p -> !held(p)).toList();
    }

    private static String hintText(List<String> held) {
        if (held.size() > 1) {
            return "Required: a name and an API key.";
        }
        return held.contains(ConnectionService.NAME_REQUIRED) ? "Required: a name." : "Required: an API key.";
    }

    public ConnectionDraft draft() {
        return new ConnectionDraft(id, name.get(), baseUrl.get(), apiKey.get(), sandbox.get());
    }

    /** Makes a harmless read with what is typed, and shows the outcome and the time it took. */
    public CompletableFuture<ConnectionCheck> test() {
        busy.set(true);
        testResult.set("Testing…");
        testOutcome.set(null);
        return connections
                .test(draft())
                .whenCompleteAsync(
                        (result, failure) -> {
                            busy.set(false);
                            if (failure != null) {
                                testResult.set("The test could not run: " + FailureMessages.describe(failure, ""));
                            } else {
                                tested = draft();
                                testOutcome.set(result.outcome());
                                testResult.set(result.message());
                            }
                        },
                        ui);
    }

    /**
     * The question to ask before saving, when the last test of exactly what is typed now failed:
     * "The test failed: … Save anyway?"; empty when there was no test, it passed, or the fields
     * changed since.
     */
    public Optional<String> saveQuestion() {
        ConnectionCheck.Outcome outcome = testOutcome.get();
        if (outcome == null || outcome == ConnectionCheck.Outcome.OK || !draft().equals(tested)) {
            return Optional.empty();
        }
        return Optional.of("The test failed: " + testResult.get() + " Save anyway?");
    }

    /** Saves; empty when a reason stands (shown in {@link #saveErrorProperty()}). */
    public CompletableFuture<Optional<ConnectionInfo>> save() {
        busy.set(true);
        saveError.set("");
        ConnectionDraft draft = draft();
        return connections
                .saveAsync(draft)
                .handleAsync(
                        (saved, failure) -> {
                            busy.set(false);
                            if (failure != null) {
                                Throwable cause = FailureMessages.unwrap(failure);
                                saveError.set(
                                        cause instanceof InvalidConnectionException
                                                ? cause.getMessage()
                                                : "Not saved: " + FailureMessages.describe(cause, ""));
                                return Optional.<ConnectionInfo>empty();
                            }
                            return Optional.of(saved);
                        },
                        ui);
    }

    public boolean isNew() {
        return id == null;
    }

    public String keyPrompt() {
        if (keyStored) {
            return "Stored; type a new key to replace it";
        }
        return connections.usesKeyOverride(
                        new ConnectionInfo(id == null ? "" : id, "", ConnectionService.CONVAI_URL, false))
                ? "Empty: the key of " + ConnectionService.ENV_KEY + " is used"
                : "Your Convai API key";
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public BooleanProperty sandboxProperty() {
        return sandbox;
    }

    public StringBinding problemsProperty() {
        return problems;
    }

    /**
     * The dialog's message line: a failed save's reason, else the problems that show, else the
     * hint for the blank fields not yet reached; empty when the connection can be saved.
     */
    public StringBinding messageProperty() {
        return message;
    }

    /** Whether {@link #messageProperty()} is a neutral hint rather than a problem. */
    public BooleanBinding hintProperty() {
        return hint;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionCheck.Outcome> testOutcomeProperty() {
        return testOutcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }
}
