package io.characterstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.CharacterField;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.model.Draft;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.ui.common.StatusModel;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The editor's pieces on their own, without a server or a workspace: the form buffer, the message
 * lines and the tracking of what is open (dirty mark, title, the draft journal kept in step).
 */
class EditorPartsTest {

    private static final CharacterFields ANN =
            new CharacterFields("Ann", "AriaNeural", "Keeps the lighthouse.", List.of("Wave"), List.of("en-US"));

    /** Drafts kept in a map, journalled at once. */
    private final Map<String, Draft> kept = new ConcurrentHashMap<>();

    private final DraftJournal drafts = new DraftJournal(
            new DraftJournal.Store() {
                @Override
                public void save(Draft draft) {
                    kept.put(draft.key(), draft);
                }

                @Override
                public void delete(String connectionId, String key) {
                    kept.remove(key);
                }

                @Override
                public List<Draft> list(String connectionId) {
                    return new ArrayList<>(kept.values());
                }
            },
            (task, delay) -> task.run(),
            Runnable::run,
            Duration.ZERO);
    private final ConnectionInfo connection = new ConnectionInfo("c1", "One", URI.create("http://127.0.0.1:1"), true);
    private final FormBuffer form = new FormBuffer();
    private final FieldHints hints = new FieldHints();
    private final FieldMessages messages = new FieldMessages(form, hints);
    private final List<String> banners = new ArrayList<>();
    private final EditedCharacter edited = new EditedCharacter(
            form,
            new DraftAutosave(drafts, () -> connection),
            hints,
            new SaveFeedback(new StatusModel()),
            () -> banners.add("cleared"));

    @Test
    void theBufferFillsEveryFieldAndReadsThemBackWithActionsStripped() {
        form.fill(new CharacterFields("Ann", "AriaNeural", "Keeps.", List.of(" Wave ", "Sing"), List.of("fr-FR")));
        assertThat(form.fields().get())
                .isEqualTo(
                        new CharacterFields("Ann", "AriaNeural", "Keeps.", List.of("Wave", "Sing"), List.of("fr-FR")));
        form.name().set("");
        assertThat(form.problems().all().get()).extracting(p -> p.field()).containsExactly(CharacterField.NAME);
    }

    @Test
    void theVoiceLineShowsItsProblemFirstAndElseTheCatalogueWarning() {
        edited.load(new ServerCharacter("id1", ANN, "t", "u"));
        form.voice().catalogue().add(new VoiceOption("Azure", "Jenny", "JennyNeural", List.of("en-US"), "female"));
        assertThat(messages.of(CharacterField.VOICE).text().get()).contains("not in the voice catalogue");
        form.voice().voiceProperty().set("");
        assertThat(messages.of(CharacterField.VOICE).text().get()).isEqualTo("Choose a voice.");
        assertThat(messages.of(CharacterField.ACTIONS).hint().get()).isFalse();
    }

    @Test
    void anEditIsJournalledUnderTheIdWhileItDiffersAndForgottenWhenTypedBack() {
        edited.load(new ServerCharacter("id1", ANN, "t", "u"));
        assertThat(kept).as("opening is not an edit").isEmpty();
        assertThat(banners).containsExactly("cleared");
        form.name().set("Anne");
        assertThat(edited.dirtyProperty().get()).isTrue();
        assertThat(edited.titleProperty().get()).isEqualTo("• Anne");
        assertThat(kept.get("id1").fields().name()).isEqualTo("Anne");
        form.name().set("Ann");
        assertThat(edited.dirtyProperty().get()).isFalse();
        assertThat(kept).as("typed back to the server's copy").isEmpty();
    }

    @Test
    void aNewCharacterMovesItsDraftToItsIdOnceCreatedAndClosingKeepsOrForgetsIt() {
        edited.startNew();
        assertThat(edited.headingProperty().get()).isEqualTo("New character");
        form.name().set("Ann");
        String newKey = edited.historyKey();
        assertThat(newKey).startsWith("new-");
        assertThat(kept).containsOnlyKeys(newKey);
        edited.saved(
                new ServerCharacter("id9", new CharacterFields("Ann", "", "", List.of(), List.of("en-US")), "t", "u"),
                true);
        assertThat(edited.historyKey()).isEqualTo("id9");
        assertThat(kept)
                .as("the new draft went; the form equals the server's copy")
                .isEmpty();
        form.name().set("Ann B");
        edited.closeKeepingDraft();
        assertThat(edited.openProperty().get()).isFalse();
        assertThat(kept).as("kept for when the user returns").containsOnlyKeys("id9");
        edited.load(new ServerCharacter("id9", ANN, "t", "u"));
        form.name().set("Ann C");
        edited.close();
        assertThat(kept).as("a close forgets what it showed").isEmpty();
    }
}
