package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.Draft;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.StatusModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Remove connection…: reads (in the background) how many characters the connection's library
 * holds and how many of them have unsaved drafts, then asks, naming both. The connection and its
 * stored key go; nothing on its server changes. When it had characters, a second question offers
 * to remove them from the library too (this computer's list only); either way their History and
 * drafts stay in the workspace file. Removing the active connection first switches to the
 * sandbox (asking about unsaved edits); nothing is removed if that switch is refused.
 */
final class ConnectionRemoval {

    /** The second question's title. */
    static final String CHARACTERS_TITLE = "Remove its characters from the library";

    private final ConnectionsViewModel connections;
    private final StatusModel status;
    private final DialogService dialogs;
    private final DraftJournal drafts;
    private final Executor ui;
    private final Function<ConnectionInfo, CompletableFuture<Boolean>> switchTo;

    ConnectionRemoval(
            ConnectionsViewModel connections,
            StatusModel status,
            DialogService dialogs,
            DraftJournal drafts,
            Executor ui,
            Function<ConnectionInfo, CompletableFuture<Boolean>> switchTo) {
        this.connections = connections;
        this.status = status;
        this.dialogs = dialogs;
        this.drafts = drafts;
        this.ui = ui;
        this.switchTo = switchTo;
    }

    CompletableFuture<Boolean> remove(ConnectionInfo target) {
        if (target.id().equals(ConnectionService.EMBEDDED_ID)) {
            status.failed("The built-in sandbox cannot be removed.");
            return CompletableFuture.completedFuture(false);
        }
        // The connection's service is made off the FX thread (its key read, its HTTP client built).
        return connections
                .serviceOf(target)
                .thenCompose(service -> service.knownCharacters()
                        .thenCombine(
                                drafts.list(target.id()),
                                (known, listed) -> new Loaded(service, new Library(known, listed))))
                .handleAsync(
                        (loaded, failure) -> {
                            if (failure != null) {
                                status.failed(
                                        "Not removed: its library could not be read: "
                                                + FailureMessages.describe(failure, ""),
                                        failure);
                                return CompletableFuture.completedFuture(false);
                            }
                            return confirmAndRemove(target, loaded.service(), loaded.library());
                        },
                        ui)
                .thenCompose(f -> f);
    }

    /** The service of the connection to remove, and its library. */
    private record Loaded(CharacterService service, Library library) {}

    /** The characters of the connection's library and its journalled drafts. */
    private record Library(List<KnownCharacter> characters, List<Draft> drafts) {
        String count() {
            return characters.size() + (characters.size() == 1 ? " character" : " characters");
        }
    }

    private CompletableFuture<Boolean> confirmAndRemove(
            ConnectionInfo target, CharacterService service, Library library) {
        String name = "\"" + target.name() + "\"";
        int n = library.characters().size();
        String question = "Remove the connection " + name + "? Its stored key is deleted and nothing on its server"
                + " changes."
                + (n == 0
                        ? ""
                        : " Its " + library.count() + " in your library " + (n == 1 ? "stays" : "stay")
                                + " in the workspace; you are asked next whether to remove " + (n == 1 ? "it" : "them")
                                + " too.")
                + (library.drafts().isEmpty()
                        ? ""
                        : " " + library.drafts().size() + " unsaved draft"
                                + (library.drafts().size() == 1 ? " is" : "s are")
                                + " not shown once it is removed: cancel and save"
                                + " them first (search has:draft in the library).");
        if (!dialogs.confirm("Remove connection", question)) {
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Boolean> away =
                target.id().equals(connections.active().id())
                        ? switchTo.apply(connections.embedded())
                        : CompletableFuture.completedFuture(true);
        return away.thenCompose(ok -> !ok
                ? CompletableFuture.completedFuture(false)
                : connections
                        .remove(target)
                        .handleAsync(
                                (v, failure) -> {
                                    if (failure != null) {
                                        status.failed("Not removed: " + FailureMessages.describe(failure, ""), failure);
                                        return CompletableFuture.completedFuture(false);
                                    }
                                    return n == 0
                                            ? done("Removed the connection " + name + ".")
                                            : offerToForget(name, service, library);
                                },
                                ui)
                        .thenCompose(f -> f));
    }

    private CompletableFuture<Boolean> offerToForget(String name, CharacterService service, Library library) {
        if (!dialogs.confirm(
                CHARACTERS_TITLE,
                "Also remove the " + library.count() + " of " + name + " from your"
                        + " library? Only this computer's list changes: nothing is deleted on the server. Their History and"
                        + " any unsaved drafts stay in the workspace file either way.")) {
            return done("Removed the connection " + name + "; its " + library.count() + " "
                    + (library.characters().size() == 1 ? "stays" : "stay") + " in the workspace.");
        }
        List<String> ids = library.characters().stream().map(KnownCharacter::id).toList();
        return service.forget(ids)
                .handleAsync(
                        (v, failure) -> {
                            if (failure != null) {
                                status.failed(
                                        "Removed the connection " + name
                                                + ", but its characters could not be removed from the" + " library: "
                                                + FailureMessages.describe(failure, ""),
                                        failure);
                            } else {
                                status.succeeded("Removed the connection " + name + " and its " + library.count()
                                        + " from the library.");
                            }
                            return true;
                        },
                        ui);
    }

    private CompletableFuture<Boolean> done(String message) {
        status.succeeded(message);
        return CompletableFuture.completedFuture(true);
    }
}
