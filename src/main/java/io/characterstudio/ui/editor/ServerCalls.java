package io.characterstudio.ui.editor;

import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.StatusModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The editor's two calls to the server, one at a time ({@link #busyProperty()}): save (create a
 * new character, or send the changed fields of an existing one) and reload. Each says in the
 * status bar how it went; a failure is logged, put in the editor's banner and kept in
 * {@link #lastFailureProperty()}. Results arrive on {@code ui}. Nothing is retried.
 */
final class ServerCalls {

    private final Supplier<CharacterService> service;
    private final StatusModel status;
    private final Executor ui;
    private final Consumer<String> banner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Throwable> lastFailure = new ReadOnlyObjectWrapper<>();

    ServerCalls(Supplier<CharacterService> service, StatusModel status, Executor ui, Consumer<String> banner) {
        this.service = service;
        this.status = status;
        this.ui = ui;
        this.banner = banner;
    }

    /**
     * Sends {@code sent} over {@code base} (null: creates it). On success {@code saved} takes the
     * server's copy on {@code ui} and answers whether edits typed meanwhile are still unsaved (the
     * status bar then never says just "Saved"); completes with whether it was saved.
     */
    CompletableFuture<Boolean> save(ServerCharacter base, CharacterFields sent, Predicate<ServerCharacter> saved) {
        String what = sent.name().isBlank() ? "the character" : "\"" + sent.name() + "\"";
        busy.set(true);
        banner.accept("");
        lastFailure.set(null);
        StatusModel.Operation op = status.begin("Saving " + what + "…");
        CompletableFuture<ServerCharacter> call = base == null
                ? service.get().create(sent).thenApply(created -> {
                    created.languagesNotSet()
                            .ifPresent(
                                    e -> ui.execute(() -> banner.accept("Created, but its languages could not be set: "
                                            + FailureMessages.describe(e, ""))));
                    return created.character();
                })
                : service.get().save(base, sent, false);
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        call.whenCompleteAsync(
                (done, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        String message = FailureMessages.describe(failure, base == null ? "" : base.id());
                        failed("Not saved. " + message, failure);
                        op.failed("Save failed: " + message, failure);
                        result.complete(false);
                    } else {
                        op.succeeded(SaveFeedback.savedMessage(what, saved.test(done)));
                        result.complete(true);
                    }
                },
                ui);
        return result;
    }

    /** Reads {@code base} again; on success {@code fresh} runs on {@code ui}. Completes with whether it was read. */
    CompletableFuture<Boolean> reload(ServerCharacter base, Consumer<ServerCharacter> fresh) {
        busy.set(true);
        StatusModel.Operation op = status.begin("Reloading \"" + base.name() + "\"…");
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        service.get()
                .get(base.id())
                .whenCompleteAsync(
                        (read, failure) -> {
                            busy.set(false);
                            if (failure != null) {
                                String message = FailureMessages.describe(failure, base.id());
                                failed("Not reloaded. " + message, failure);
                                op.failed("Reload failed: " + message, failure);
                                result.complete(false);
                            } else {
                                fresh.accept(read);
                                op.succeeded("Reloaded \"" + read.name() + "\" from the server.");
                                result.complete(true);
                            }
                        },
                        ui);
        return result;
    }

    private void failed(String message, Throwable failure) {
        banner.accept(message);
        lastFailure.set(FailureMessages.unwrap(failure));
    }

    boolean busy() {
        return busy.get();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Throwable> lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }
}
