package io.characterstudio.ui.main;

import io.characterstudio.service.SettingsService;
import io.characterstudio.ui.common.StatusModel;
import io.characterstudio.ui.editor.EditorViewModel;
import io.characterstudio.ui.history.HistoryViewModel;
import io.characterstudio.ui.library.LibraryViewModel;
import io.characterstudio.ui.replace.FindReplaceViewModel;
import io.characterstudio.ui.trash.TrashViewModel;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The collaborators of {@link MainViewModel}, made and wired by {@link MainAssembly};
 * {@code findReplace} makes a fresh find and replace (on the app's clock) each time it is opened.
 */
record MainParts(
        StatusModel status,
        ConnectionsViewModel connections,
        LibraryViewModel library,
        EditorViewModel editor,
        OpenCharacterCommands open,
        LeaveGuard leaveGuard,
        Opener opener,
        Browsing browsing,
        DiscardedNewCharacters discardedNew,
        ConnectionCommands connectionCommands,
        ConnectionRemoval connectionRemoval,
        BulkCommands bulk,
        TransferCommands transfer,
        LibraryCommands libraryCommands,
        TrashViewModel trash,
        HistoryViewModel history,
        Supplier<FindReplaceViewModel> findReplace,
        LibraryPane libraryPane,
        TextSize textSize,
        SettingsService settings,
        MainDialogs dialogs,
        Executor ui) {}
