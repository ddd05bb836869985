package io.characterstudio.ui.main;

import io.characterstudio.ui.common.Session;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.history.HistoryViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.replace.FindReplaceViewModel;
import io.characterstudio.ui.trash.TrashViewModel;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;

/**
 * Builds the main window's view-model and every collaborator of it from the app's services (the
 * one place that knows how they are wired; the app and the tests both call it).
 */
public final class MainAssembly {

    private MainAssembly() {}

    /** The main view-model over {@code in}, not yet started (see {@link MainViewModel#start()}). */
    public static MainViewModel build(MainInputs in) {
        MainDialogs dialogs = in.dialogs();
        StatusModel status = new StatusModel();
        ConnectionsViewModel connections = new ConnectionsViewModel(
                in.connections(),
                in.services(),
                in.settings(),
                dialogs.common(),
                dialogs.connections(),
                in.ui(),
                in.connecting());
        Supplier<Session> session = connections.sessionProperty()::get;
        LibraryViewModel library =
                new LibraryViewModel(connections.sessionProperty(), in.drafts(), status, in.ui(), in.filtering());
        EditorViewModel editor = new EditorViewModel(connections.sessionProperty(), in.drafts(), status, in.ui());
        library.followVoices(editor.voice().catalogue());
        library.followEditor(
                editor.dirtyProperty(),
                Bindings.createStringBinding(
                        () -> editor.snapshotProperty().get() == null
                                ? null
                                : editor.snapshotProperty().get().id(),
                        editor.snapshotProperty()));
        TrashViewModel trash = new TrashViewModel(
                in.trash(), connections.sessionProperty(), dialogs.common(), status, in.ui(), restored -> {
                    editor.load(restored);
                    library.refresh();
                });
        KeyFixOffer keyFix = new KeyFixOffer(connections, dialogs.common());
        ConflictSave save = new ConflictSave(
                editor, library, dialogs.conflict(), status, in.settings(), connections::active, keyFix);
        DiscardedEdits discards = new DiscardedEdits(editor, in.drafts(), status, session, in.ui());
        LeaveGuard guard =
                new LeaveGuard(editor, library, in.drafts(), status, dialogs.editor(), session, save, discards);
        BulkCommands bulk = new BulkCommands(
                library, editor, status, dialogs.bulk(), in.trash(), in.drafts(), session, in.ui(), in.bulk(), guard);
        TransferCommands transfer = new TransferCommands(
                library, editor, status, dialogs.transfer(), in.transfer(), session, in.ui(), in.bulk(), bulk.runner());
        HistoryViewModel history = new HistoryViewModel(
                connections.sessionProperty(), editor, dialogs.common(), status, in.ui(), discards::replace);
        Opener opener = new Opener(
                library,
                editor,
                status,
                dialogs.common(),
                dialogs.editor(),
                dialogs.open(),
                in.drafts(),
                discards,
                in.settings(),
                session,
                in.ui(),
                guard,
                keyFix::offer);
        SingleClone clone =
                new SingleClone(library, editor, dialogs.editor(), opener, session, guard, opener::openKnown);
        ConnectionCommands connectionCommands = new ConnectionCommands(
                connections, editor, status, dialogs.connections(), in.ui(), guard, opener::resume);
        OpenCharacterCommands open = new OpenCharacterCommands(
                new OpenCharacterCommands.Parts(
                        editor, library, dialogs.editor(), status, in.settings(), in.clipboard(), session, in.ui()),
                in.trash(),
                save,
                discards,
                clone,
                keyFix);
        Supplier<FindReplaceViewModel> findReplace =
                () -> new FindReplaceViewModel(library, editor, in.drafts(), status, in.bulk(), in.ui(), in.clock());
        return new MainViewModel(new MainParts(
                status,
                connections,
                library,
                editor,
                open,
                guard,
                opener,
                new Browsing(opener, opener::openKnown, in.browseTimer()),
                new DiscardedNewCharacters(editor, status, dialogs.open(), session, in.ui(), guard),
                connectionCommands,
                new ConnectionRemoval(
                        connections, status, dialogs.common(), in.drafts(), in.ui(), connectionCommands::switchTo),
                bulk,
                transfer,
                new LibraryCommands(
                        library, editor, status, dialogs.common(), dialogs.bulk(), session, in.ui(), keyFix::offer),
                trash,
                history,
                findReplace,
                new LibraryPane(in.settings()::get, in.settings()::putAll),
                new TextSize(in.settings()::get, in.settings()::putAll),
                in.settings(),
                dialogs,
                in.ui()));
    }
}
