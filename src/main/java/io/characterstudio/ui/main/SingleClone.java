package io.characterstudio.ui.main;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.CopyNames;
import io.characterstudio.ui.common.DialogService;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.common.Session;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Clone (Ctrl+D): one copy of the open character, named like the bulk clone's default pattern
 * ("Bram Oakhart v3": the next free number among the library's names), opened in the editor with
 * "Cloned A → B, now editing the copy". A clone is never retried. While the copy stays open,
 * {@link #backProperty()} names the original and {@link #back()} reopens it.
 */
final class SingleClone {

    /** The character to go back to after a clone: its ID and name. */
    record Back(String id, String name, String copyId) {
    }

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final Opener opener;
    private final Supplier<Session> session;
    private final Supplier<CompletableFuture<Boolean>> confirmLeave;
    private final Function<String, CompletableFuture<Boolean>> openKnown;
    private final ReadOnlyObjectWrapper<Back> back = new ReadOnlyObjectWrapper<>();

    SingleClone(LibraryViewModel library, EditorViewModel editor, DialogService dialogs, Opener opener,
                Supplier<Session> session, Supplier<CompletableFuture<Boolean>> confirmLeave,
                Function<String, CompletableFuture<Boolean>> openKnown) {
        this.library = library;
        this.editor = editor;
        this.dialogs = dialogs;
        this.opener = opener;
        this.session = session;
        this.confirmLeave = confirmLeave;
        this.openKnown = openKnown;
        editor.snapshotProperty().addListener((obs, was, now) -> {
            Back b = back.get();
            if (b != null && (now == null || !now.id().equals(b.copyId()))) {
                back.set(null);
            }
        });
    }

    CompletableFuture<Boolean> cloneCurrent() {
        ServerCharacter source = editor.snapshotProperty().get();
        if (source == null) {
            return CompletableFuture.completedFuture(false);
        }
        return confirmLeave.get().thenCompose(ok -> {
            Optional<Boolean> withKnowledgeBank = ok ? dialogs.askClone(source.name()) : Optional.empty();
            if (withKnowledgeBank.isEmpty()) {
                return CompletableFuture.completedFuture(false);
            }
            String name = CopyNames.next(source.name(), library.all().stream().map(LibraryItem::name).toList());
            return opener.show(session.get().service().cloneCharacter(source.id(), withKnowledgeBank.get(), name),
                    "Cloning \"" + source.name() + "\"…", "with ID " + source.id(),
                    copy -> "Cloned " + source.name() + " \u2192 " + copy.name() + ", now editing the copy.")
                    .thenApply(done -> {
                        if (done && editor.snapshotProperty().get() != null) {
                            back.set(new Back(source.id(), source.name(), editor.snapshotProperty().get().id()));
                        }
                        return done;
                    });
        });
    }

    /** The original of the copy being edited, right after a clone; null otherwise. */
    ReadOnlyObjectProperty<Back> backProperty() {
        return back.getReadOnlyProperty();
    }

    /** Reopens the original of the copy (asking first about unsaved edits); false if there is none. */
    CompletableFuture<Boolean> back() {
        Back b = back.get();
        return b == null ? CompletableFuture.completedFuture(false) : openKnown.apply(b.id());
    }
}
