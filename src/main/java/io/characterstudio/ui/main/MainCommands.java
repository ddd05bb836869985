package io.characterstudio.ui.main;

import io.characterstudio.service.ConnectionService;
import io.characterstudio.ui.editor.EditorView;
import io.characterstudio.ui.library.LibraryView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;

/**
 * Every command of the main window's menu bar and toolbar, each defined once (see {@link
 * Command}); {@link MainMenuBar} and {@link MainToolBar} lay them out.
 */
final class MainCommands {

    final Command newCharacter;
    final Command open;
    final Command save;
    final Command reload;
    final Command revert;
    final Command cloneCurrent;
    final Command delete;
    final Command copyId;
    final Command history;
    final Command trash;
    final Command importFiles;
    final Command exportSelected;
    final Command exportAll;
    final Command restoreBackup;
    final Command quit;
    final Command undoRevert;
    final Command recoverDiscarded;
    final Command find;
    final Command search;
    final Command replace;
    final Command showClones;
    final Command showSource;
    final Command favourite;
    final Command tag;
    final Command untag;
    final Command removeFromLibrary;
    final Command refreshSelected;
    final Command cloneSelected;
    final Command deleteSelected;
    final Command saveDrafts;
    final Command selectAll;
    final Command addConnection;
    final Command editConnection;
    final Command removeConnection;
    final Command copyTo;
    final Command sync;
    final Command fetchBackstories;
    final Command showMessage;
    final Command about;

    /**
     * @param newCharacter New character, with the cursor in its name
     * @param restoreBackup File > Restore a backup… (null: the entry is left out)
     */
    MainCommands(
            MainViewModel vm,
            EditorView editor,
            LibraryView library,
            Runnable newCharacter,
            Runnable quit,
            Runnable about,
            Runnable restoreBackup) {
        BooleanExpression noSaved = vm.hasSavedCharacterProperty().not();
        BooleanExpression bulkRuns = vm.bulk().runningProperty();
        this.newCharacter = Command.of("New", "_New character", newCharacter)
                .icon("fth-file-plus")
                .shortcut("Shortcut+N");
        open = Command.of("Open", "_Open by ID or name…", vm::openDialog)
                .icon("fth-folder")
                .shortcut("Shortcut+O");
        save = Command.of("Save", "_Save", vm::save)
                .icon("fth-save")
                .shortcut("Shortcut+S")
                .disabledWhen(vm.editor().saveAvailableProperty().not());
        reload = Command.of("Reload", "Re_load from server", vm::reload)
                .icon("fth-refresh-cw")
                .shortcut("F5")
                .disabledWhen(noSaved);
        revert = Command.of("Revert", "_Revert changes (kept in History)", vm::revert)
                .icon("fth-rotate-ccw")
                .tip("Revert changes (your edits are kept in History; Undo puts them back)")
                .disabledWhen(vm.editor().dirtyProperty().not());
        cloneCurrent = Command.of("Clone", "_Clone…", vm::cloneCurrent)
                .icon("fth-copy")
                .shortcut("Shortcut+D")
                .disabledWhen(noSaved);
        delete = Command.of("Delete", "_Delete…", () -> {
                    // The focus goes to the library, on the row that took the deleted one's place (the
                    // closed editor would leave it to the scene, which gave it to the connection selector).
                    // (The rows are filtered after the delete completes: the focus waits for the deleted one to go.)
                    Runnable focusNext = library.focusInPlaceOfOpen();
                    vm.deleteCurrent().thenAccept(deleted -> {
                        if (deleted) {
                            focusNext.run();
                        }
                    });
                })
                .icon("fth-trash-2")
                .shortcut("Shortcut+Shift+Delete")
                .disabledWhen(noSaved);
        copyId = Command.of("CopyId", "Cop_y ID", vm::copyId)
                .icon("fth-clipboard")
                .shortcut("Shortcut+Shift+C")
                .disabledWhen(noSaved);
        history = Command.of("History", "_History…", vm.windows()::openHistory)
                .shortcut("Shortcut+Shift+H")
                .disabledWhen(noSaved);
        trash = Command.of("Trash", "_Trash…", vm.windows()::openTrash).shortcut("Shortcut+Shift+T");
        importFiles = Command.of("Import", "_Import characters…", vm.transfer()::importFiles)
                .shortcut("Shortcut+I")
                .disabledWhen(bulkRuns);
        exportSelected = Command.of("Export", "_Export selected…", vm.transfer()::exportSelected)
                .shortcut("Shortcut+E")
                .disabledWhen(bulkRuns);
        exportAll = Command.of("ExportAll", "Export _all…", vm.transfer()::exportAll)
                .disabledWhen(bulkRuns);
        this.restoreBackup =
                restoreBackup == null ? null : Command.of("RestoreBackup", "Restore a _backup…", restoreBackup);
        this.quit = Command.of("Quit", "_Quit", quit).shortcut("Shortcut+Q");
        undoRevert = Command.of("UndoRevert", "_Undo revert", vm::undoRevert)
                .disabledWhen(vm.undoRevertAvailableProperty().not());
        recoverDiscarded =
                Command.of("RecoverDiscarded", "Recover discarded _new characters…", vm::recoverDiscardedNew);
        find = Command.of("Find", "_Find in backstory", editor::focusFind).shortcut("Shortcut+F");
        search = Command.of("Search", "Search the _library", library::focusSearch)
                .shortcut("Shortcut+L");
        replace = Command.of("Replace", "Find and _replace across characters…", vm.windows()::findAndReplace)
                .shortcut("Shortcut+Shift+R");
        showClones = Command.of("ShowClones", "Show the _clones of the selected", library::showClonesOfSelected);
        showSource = Command.of("ShowSource", "Show what the selected was cloned fr_om", library::showSourceOfSelected);
        LibraryCommands lib = vm.libraryCommands();
        favourite = Command.of("Favourite", "St_ar / unstar", lib::toggleFavourite)
                .shortcut("Shortcut+B")
                .disabledWhen(noSaved);
        tag = Command.of("Tag", "Add a _tag to the selection…", () -> lib.tagSelected(true))
                .shortcut("Shortcut+T");
        untag = Command.of("Untag", "Remo_ve a tag from the selection…", () -> lib.tagSelected(false));
        removeFromLibrary =
                Command.of("RemoveFromLibrary", "Remove selected from the librar_y…", lib::removeSelectedFromLibrary);
        BulkCommands bulk = vm.bulk();
        refreshSelected = Command.of("RefreshSelected", "Refres_h selected from the server", bulk::refreshSelected)
                .shortcut("Shift+F5")
                .disabledWhen(bulkRuns);
        cloneSelected = Command.of("CloneSelected", "Clone s_elected characters…", bulk::cloneSelected)
                .shortcut("Shortcut+Shift+D")
                .disabledWhen(bulkRuns);
        deleteSelected = Command.of("DeleteSelected", "Delete _selected characters…", bulk::deleteSelected)
                .shortcut("Shift+Delete")
                .disabledWhen(bulkRuns);
        saveDrafts = Command.of("SaveDrafts", "Save _drafts of the selection (or all)…", bulk::saveDrafts)
                .disabledWhen(bulkRuns);
        selectAll = Command.of("SelectAll", "Select all sho_wn", lib::selectAllShown)
                .shortcut("Shortcut+Shift+A");
        addConnection = Command.of("AddConnection", "_Add connection…", vm::addConnection)
                .icon("fth-plus-circle")
                .tip("Add a connection");
        editConnection = Command.of("EditConnection", "_Edit this connection…", vm::editConnection);
        removeConnection = Command.of("RemoveConnection", "_Remove this connection…", vm::removeConnection)
                .disabledWhen(Bindings.createBooleanBinding(
                        () -> vm.connection().id().equals(ConnectionService.EMBEDDED_ID),
                        vm.connections().sessionProperty()));
        copyTo = Command.of("CopyTo", "_Copy character to…", vm::copyTo).disabledWhen(noSaved);
        sync = Command.of("Sync", "_Sync with account", lib::syncWithAccount).shortcut("Shortcut+Shift+Y");
        fetchBackstories = Command.of("FetchBackstories", "_Fetch missing backstories", bulk::fetchMissingBackstories)
                .disabledWhen(bulkRuns);
        showMessage = Command.of("ShowMessage", "Show the last _message", vm.windows()::showLastMessage)
                .shortcut("F8");
        this.about = Command.of("About", "_About Character Studio", about);
    }
}
