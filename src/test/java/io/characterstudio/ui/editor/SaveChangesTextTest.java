package io.characterstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unsaved-changes dialog tells what "Don't save" really does: it keeps a copy, it loses nothing. */
class SaveChangesTextTest {

    @Test
    void dontSaveIsSaidToKeepACopyInHistory() {
        assertThat(FxEditorDialogs.SAVE_CHANGES_TEXT)
                .doesNotContain("kept only if you save")
                .contains("Don't save keeps a copy of your edits in History")
                .contains("Recover discarded new characters");
    }
}
