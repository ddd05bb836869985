package io.characterstudio.ui.main;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.bulk.BulkDialogs;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Commands on the library as a whole: sync with the account, tags, the star, removing gone rows. */
public final class LibraryCommands {

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final StatusModel status;
    private final DialogService dialogs;
    private final BulkDialogs bulkDialogs;
    private final Supplier<Session> session;
    private final Executor ui;
    private final Consumer<Throwable> offerToFixKey;

    LibraryCommands(
            LibraryViewModel library,
            EditorViewModel editor,
            StatusModel status,
            DialogService dialogs,
            BulkDialogs bulkDialogs,
            Supplier<Session> session,
            Executor ui,
            Consumer<Throwable> offerToFixKey) {
        this.library = library;
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
        this.bulkDialogs = bulkDialogs;
        this.session = session;
        this.ui = ui;
        this.offerToFixKey = offerToFixKey;
    }

    /** Merges the account's list into the library and says what changed. */
    public CompletableFuture<Boolean> syncWithAccount() {
        StatusModel.Operation op =
                status.begin("Syncing with " + session.get().connection().name() + "…");
        return session.get()
                .service()
                .sync()
                .withAccount()
                .handleAsync(
                        (summary, failure) -> {
                            if (failure != null) {
                                op.failed("Sync failed: " + FailureMessages.describe(failure, ""), failure);
                                offerToFixKey.accept(failure);
                                return false;
                            }
                            op.succeeded(summary.describe());
                            library.refresh();
                            return true;
                        },
                        ui);
    }

    /** Adds a tag (asked for) to the selection, or to the open character when nothing is selected. */
    public CompletableFuture<Boolean> tagSelected(boolean add) {
        List<String> ids =
                library.selectedIds().isEmpty() && editor.snapshotProperty().get() != null
                        ? List.of(editor.snapshotProperty().get().id())
                        : List.copyOf(library.selectedIds());
        if (ids.isEmpty()) {
            status.failed("Select characters in the library first.");
            return CompletableFuture.completedFuture(false);
        }
        Optional<String> tag = bulkDialogs
                .askTag(add, ids.size())
                .map(t -> t.strip().replaceFirst("^#", ""))
                .filter(t -> !t.isBlank());
        if (tag.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return changeTag(ids, tag.get().toLowerCase(Locale.ROOT), add);
    }

    /** Stars or unstars the open character. */
    public CompletableFuture<Boolean> toggleFavourite() {
        ServerCharacter open = editor.snapshotProperty().get();
        if (open == null) {
            return CompletableFuture.completedFuture(false);
        }
        boolean starred = library.item(open.id()).map(LibraryItem::favourite).orElse(false);
        return changeTag(List.of(open.id()), LibraryItem.FAVOURITE, !starred);
    }

    private CompletableFuture<Boolean> changeTag(List<String> ids, String tag, boolean on) {
        return session.get()
                .service()
                .tags()
                .tag(ids, tag, on)
                .handleAsync(
                        (v, failure) -> {
                            if (failure != null) {
                                status.failed("Tags not changed: " + FailureMessages.describe(failure, ""), failure);
                                return false;
                            }
                            status.succeeded((on ? "Tagged " : "Untagged ") + ids.size() + " character"
                                    + (ids.size() == 1 ? "" : "s")
                                    + (tag.equals(LibraryItem.FAVOURITE)
                                            ? (on ? " with a star." : ": star removed.")
                                            : " #" + tag + "."));
                            library.refresh();
                            return true;
                        },
                        ui);
    }

    /** Removes the selected deleted and missing rows from the library (see {@link #removeFromLibrary}). */
    public CompletableFuture<Boolean> removeSelectedFromLibrary() {
        return removeFromLibrary(List.copyOf(library.selectedIds()));
    }

    /**
     * Removes the deleted and missing characters among {@code ids} from the library, after asking:
     * the workspace only (the server is never called, the Trash keeps its copies). Characters
     * still on the server are kept.
     */
    public CompletableFuture<Boolean> removeFromLibrary(List<String> ids) {
        List<String> gone = ids.stream()
                .filter(id -> library.item(id)
                        .filter(row -> row.status() != KnownCharacter.Status.PRESENT)
                        .isPresent())
                .toList();
        if (gone.isEmpty()) {
            status.failed("Select deleted or missing characters to remove them from the library.");
            return CompletableFuture.completedFuture(false);
        }
        String what = gone.size() == 1 ? "\"" + library.nameOf(gone.get(0)) + "\"" : gone.size() + " characters";
        if (!dialogs.confirm(
                "Remove from library",
                "Remove " + what + " from the library? Only this computer's list"
                        + " changes: the server is not asked, and the Trash keeps its copies."
                        + (gone.size() < ids.size() ? " Characters still on the server stay." : ""))) {
            return CompletableFuture.completedFuture(false);
        }
        return session.get()
                .service()
                .forget(gone)
                .handleAsync(
                        (v, failure) -> {
                            if (failure != null) {
                                status.failed(
                                        "Not removed from the library: " + FailureMessages.describe(failure, ""),
                                        failure);
                                return false;
                            }
                            status.succeeded("Removed " + gone.size() + " character" + (gone.size() == 1 ? "" : "s")
                                    + " from the library.");
                            library.selectedIds().removeAll(gone);
                            library.refresh();
                            return true;
                        },
                        ui);
    }

    /** Selects every row the filter shows (for bulk work). */
    public void selectAllShown() {
        library.selectedIds()
                .setAll(library.visible().stream().map(LibraryItem::id).toList());
        status.succeeded(library.selectedIds().size() + " selected.");
    }
}
