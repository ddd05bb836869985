package io.characterstudio.ui.main;

import io.characterstudio.model.ServerCharacter;
import io.characterstudio.service.ClonedCopy;
import io.characterstudio.service.CopyNames;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.editor.EditorDialogs;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.library.LibraryItem;
import io.characterstudio.ui.library.LibraryViewModel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Clone (Ctrl+D): one copy of the open character, named like the bulk clone's default pattern
 * ("Bram Oakhart v3": the next free number among the library's names), opened in the editor with
 * "Cloned A → B, now editing the copy" (or, when the rename failed, that the copy keeps the
 * source's name and why). A clone is never retried. While the copy stays open,
 * {@link #backProperty()} names the original and {@link #back()} reopens it.
 */
final class SingleClone {

    /** The character to go back to after a clone: its ID and name. */
    record Back(String id, String name, String copyId) {}

    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final EditorDialogs dialogs;
    private final Opener opener;
    private final Supplier<Session> session;
    private final LeaveGuard leaveGuard;
    private final Function<String, CompletableFuture<Boolean>> openKnown;
    private final ReadOnlyObjectWrapper<Back> back = new ReadOnlyObjectWrapper<>();

    SingleClone(
            LibraryViewModel library,
            EditorViewModel editor,
            EditorDialogs dialogs,
            Opener opener,
            Supplier<Session> session,
            LeaveGuard leaveGuard,
            Function<String, CompletableFuture<Boolean>> openKnown) {
        this.library = library;
        this.editor = editor;
        this.dialogs = dialogs;
        this.opener = opener;
        this.session = session;
        this.leaveGuard = leaveGuard;
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
        return leaveGuard.ask().thenCompose(ok -> {
            Optional<Boolean> withKnowledgeBank = ok ? dialogs.askClone(source.name()) : Optional.empty();
            if (withKnowledgeBank.isEmpty()) {
                return CompletableFuture.completedFuture(false);
            }
            String name = CopyNames.next(
                    source.name(), library.all().stream().map(LibraryItem::name).toList());
            CompletableFuture<ClonedCopy> cloned =
                    session.get().service().cloneAndRename(source.id(), withKnowledgeBank.get(), name);
            return opener.show(
                            cloned.thenApply(ClonedCopy::copy),
                            "Cloning \"" + source.name() + "\"…",
                            "with ID " + source.id(),
                            copy -> cloned(source.name(), cloned.join()))
                    .thenApply(done -> {
                        if (done && editor.snapshotProperty().get() != null) {
                            back.set(new Back(
                                    source.id(),
                                    source.name(),
                                    editor.snapshotProperty().get().id()));
                        }
                        return done;
                    });
        });
    }

    /**
     * What the status bar says after a clone: "Cloned A → B, now editing the copy.", or, when the
     * rename failed, that the copy keeps the source's name and why.
     */
    static String cloned(String sourceName, ClonedCopy result) {
        String copyName = result.copy().name();
        return result.renameFailed()
                .map(e -> "Cloned " + sourceName + "; the copy keeps the name " + copyName
                        + " because renaming it to \""
                        + result.wantedName() + "\" failed: "
                        + FailureMessages.describe(e, "with ID " + result.copy().id())
                        + " Now editing the copy.")
                .orElse("Cloned " + sourceName + " \u2192 " + copyName + ", now editing the copy.");
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
