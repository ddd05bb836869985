package io.characterstudio.ui.transfer;

import io.characterstudio.service.CharacterFiles.Format;
import io.characterstudio.service.TransferService.ImportItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The dialogs of export and import; {@link FxTransferDialogs} in the app, a fake in tests. */
public interface TransferDialogs {

    /**
     * Where and how to export: a folder (made when missing), one or both formats, and whether to read
     * every character from the server first (off by default: this computer's complete copies are used).
     */
    record ExportRequest(Path folder, Set<Format> formats, boolean refreshFirst) {
        public ExportRequest(Path folder, Set<Format> formats) {
            this(folder, formats, false);
        }
    }

    /** Asks where to export {@code count} characters and in which formats; empty if cancelled. */
    Optional<ExportRequest> askExport(int count);

    /** The files to import (character files or lists of IDs); empty if cancelled. */
    List<Path> askImportFiles();

    /**
     * The import preview: each item with its proposed action, which the user may change
     * (create, update, skip); the chosen items, or empty if cancelled.
     */
    Optional<List<ImportItem>> confirmImport(List<ImportItem> plan);
}
