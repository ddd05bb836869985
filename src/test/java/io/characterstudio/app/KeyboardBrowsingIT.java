package io.characterstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.bench.CastGenerator;
import io.characterstudio.model.CharacterFields;
import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.ServerCharacter;
import io.characterstudio.store.Workspace;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.library.LibraryItem;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/**
 * The real window over a generated cast of a few thousand: thirty quick Down presses move the
 * selection thirty rows and only the row it rests on is opened (the workspace records every open).
 */
class KeyboardBrowsingIT extends AppWindowIT {

    /** Characters the sandbox really has (they sort first): the rows the test opens. */
    private static final int REAL = 40;
    /** Rows only the workspace knows (sorting after the real ones): the rest of a big library. */
    private static final int FILLER = 3_000;

    private static final int CAST = REAL + FILLER;
    private static final int PRESSES = 30;

    @SuppressWarnings("unchecked")
    private ListView<LibraryItem> library() {
        return robot.lookup("#library").queryAs(ListView.class);
    }

    @Test
    void quickDownPressesFollowEveryKeyAndOpenOnlyTheRestingRow() throws Exception {
        CastGenerator.generate(dataDir, REAL, 30);
        try (Workspace workspace = Workspace.open(dataDir, SandboxWorld.JSON, Clock.systemUTC())) {
            for (int i = 0; i < FILLER; i++) {
                workspace
                        .knownCharacters()
                        .recordServerCopy(
                                CastGenerator.CONNECTION,
                                new ServerCharacter(
                                        java.util.UUID.randomUUID().toString(),
                                        new CharacterFields(
                                                String.format("zz filler %04d", i),
                                                "MALE",
                                                "Row " + i + " of a big cast.",
                                                List.of(),
                                                List.of("en-US")),
                                        "",
                                        ""),
                                KnownCharacter.Origin.CREATED,
                                null);
            }
        }
        launch();
        app.waitFor(() -> library().getItems().size() == CAST);
        ListView<LibraryItem> list = library();
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        String first = list.getItems().get(0).id();
        app.waitFor(() -> app.text("#characterId").equals(first));

        AtomicInteger index = new AtomicInteger();
        robot.interact(() -> {
            for (int i = 0; i < PRESSES; i++) { // faster than any key repeat: no pulse in between
                Event.fireEvent(
                        list, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
                Event.fireEvent(
                        list, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.DOWN, false, false, false, false));
            }
            index.set(list.getSelectionModel().getSelectedIndex());
        });
        assertThat(index.get()).as("the selection follows every key").isEqualTo(PRESSES);
        String resting = list.getItems().get(PRESSES).id();
        app.waitFor(() -> app.text("#characterId").equals(resting));
        robot.interact(() -> index.set(list.getSelectionModel().getSelectedIndex()));
        assertThat(index.get()).as("the selection stays where the keys left it").isEqualTo(PRESSES);

        app.close();
        app = null;
        try (Workspace workspace = Workspace.open(dataDir, SandboxWorld.JSON, Clock.systemUTC())) {
            List<String> opened = workspace.knownCharacters().list(CastGenerator.CONNECTION).stream()
                    .filter(k -> k.lastOpenedAt().isPresent())
                    .map(KnownCharacter::id)
                    .toList();
            assertThat(opened)
                    .as("opened: the clicked row and the resting row, none in between")
                    .containsExactlyInAnyOrder(first, resting);
        }
    }
}
