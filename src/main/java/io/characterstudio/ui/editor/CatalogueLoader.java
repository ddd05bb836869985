package io.characterstudio.ui.editor;

import io.characterstudio.model.Language;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.FailureMessages;
import io.characterstudio.ui.common.StatusModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.ObservableList;

/**
 * Loads a connection's voice and language catalogues into the pickers' lists: both are asked for
 * at once, and the lists are filled on {@code ui} when both have come; the status bar says how
 * it went.
 */
final class CatalogueLoader {

    private CatalogueLoader() {}

    static CompletableFuture<Void> load(
            CharacterService service,
            StatusModel status,
            Executor ui,
            ObservableList<VoiceOption> voices,
            ObservableList<Language> languages) {
        StatusModel.Operation op = status.begin("Loading the voice and language catalogues…");
        return service.voices()
                .thenCombine(service.languages(), (v, l) -> {
                    ui.execute(() -> {
                        voices.setAll(v);
                        languages.setAll(l);
                        op.succeeded("Catalogues loaded: " + v.size() + " voices, " + l.size() + " languages.");
                    });
                    return (Void) null;
                })
                .exceptionally(e -> {
                    ui.execute(() ->
                            op.failed("The catalogues could not be loaded: " + FailureMessages.describe(e, ""), e));
                    return null;
                });
    }
}
