package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.ConnectionService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.service.SettingsService;
import io.characterstudio.service.TransferService;
import io.characterstudio.service.TrashService;
import io.characterstudio.ui.common.ClipboardService;
import io.characterstudio.ui.common.Debouncer;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the main window's view-model is built from (see {@link MainAssembly}): the services of
 * the app, the dialogs and the clipboard, and where work runs.
 *
 * @param connections the known connections and their keys
 * @param services the character service of a connection
 * @param drafts the journal of unsaved edits
 * @param trash deleted characters
 * @param transfer export and import of character files
 * @param settings the app's settings (last character, theme, window, text size, library pane)
 * @param dialogs the dialogs the commands ask through, one interface per feature
 * @param clipboard where Copy ID puts the ID
 * @param ui the FX thread (tests: the calling thread)
 * @param bulk the workers of bulk operations and find and replace
 * @param filtering where the library's searches run (a thread of their own in the app)
 * @param browseTimer the wait before a resting library selection opens (tests step it by hand)
 * @param clock the time find and replace writes on its drafts
 * @param connecting where a connection's service is made when the window switches to it (its key
 *                   read, its HTTP client built): off the FX thread (tests: the calling thread)
 */
public record MainInputs(
        ConnectionService connections,
        Function<ConnectionInfo, CharacterService> services,
        DraftJournal drafts,
        TrashService trash,
        TransferService transfer,
        SettingsService settings,
        MainDialogs dialogs,
        ClipboardService clipboard,
        Executor ui,
        Executor bulk,
        Executor filtering,
        Debouncer.Scheduler browseTimer,
        Clock clock,
        Executor connecting) {}
