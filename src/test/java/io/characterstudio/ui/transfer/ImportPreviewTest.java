package io.characterstudio.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.service.TransferService.Action;
import io.characterstudio.service.TransferService.ImportItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The import preview of hundreds of items: totals per action and setting the action of many at once. */
class ImportPreviewTest {

    private static ImportItem item(int n, Action action) {
        return new ImportItem(
                "file" + n,
                Path.of("file" + n + ".json"),
                Optional.empty(),
                Optional.of("id-" + n),
                action,
                "because",
                List.of());
    }

    private static List<ImportItem> plan(int update, int create, int skip, int refused) {
        List<ImportItem> plan = new ArrayList<>();
        IntStream.range(0, update).forEach(i -> plan.add(item(plan.size(), Action.UPDATE)));
        IntStream.range(0, create).forEach(i -> plan.add(item(plan.size(), Action.CREATE)));
        IntStream.range(0, skip).forEach(i -> plan.add(item(plan.size(), Action.SKIP)));
        IntStream.range(0, refused).forEach(i -> plan.add(item(plan.size(), Action.INVALID)));
        return plan;
    }

    @Test
    void theTotalsPerActionComeFirst() {
        assertThat(new ImportPreview(plan(612, 150, 22, 0)).totals()).isEqualTo("612 update, 150 create, 22 skip");
        assertThat(new ImportPreview(plan(0, 1, 0, 2)).totals()).isEqualTo("1 create, 2 refused");
        assertThat(new ImportPreview(List.of()).totals()).isEqualTo("Nothing to import");
    }

    @Test
    void theActionOfAllSelectedItemsIsSetWhereEachAllowsIt() {
        ImportPreview preview = new ImportPreview(plan(3, 2, 1, 1));
        int set = preview.setAction(List.of(0, 1, 3, 6), Action.SKIP);
        assertThat(set).as("the refused item stays refused").isEqualTo(3);
        assertThat(preview.totals()).isEqualTo("1 update, 1 create, 4 skip, 1 refused");
        assertThat(preview.item(6).action()).isEqualTo(Action.INVALID);

        assertThat(preview.setAction(List.of(0, 1, 2, 3, 4, 5), Action.UPDATE))
                .as("only items proposed as an update may be updated")
                .isEqualTo(3);
        assertThat(preview.totals()).isEqualTo("3 update, 1 create, 2 skip, 1 refused");
        assertThat(preview.chosen())
                .extracting(ImportItem::action)
                .containsExactly(
                        Action.UPDATE,
                        Action.UPDATE,
                        Action.UPDATE,
                        Action.SKIP,
                        Action.CREATE,
                        Action.SKIP,
                        Action.INVALID);
    }

    @Test
    void anItemOffersOnlyTheActionsItsProposalAllows() {
        ImportPreview preview = new ImportPreview(plan(1, 1, 1, 1));
        assertThat(preview.choicesFor(0)).containsExactly(Action.UPDATE, Action.CREATE, Action.SKIP);
        assertThat(preview.choicesFor(1)).containsExactly(Action.CREATE, Action.SKIP);
        assertThat(preview.choicesFor(2))
                .as("an ID without a character can only be skipped")
                .containsExactly(Action.SKIP);
        assertThat(preview.setAction(2, Action.CREATE)).isFalse();
        assertThat(ImportPreview.word(Action.ADD_ID)).isEqualTo("Add to the library");
    }

    private static ImportItem named(String name, Path file, Optional<String> id, Action action) {
        return new ImportItem(
                file.toString(),
                file,
                Optional.of(new io.characterstudio.model.PortableCharacter(
                        id,
                        new io.characterstudio.model.CharacterFields(
                                name, "AriaNeural", "Story.", List.of(), List.of("en-US")),
                        List.of(),
                        Optional.empty(),
                        "")),
                id,
                action,
                "because",
                List.of());
    }

    @Test
    void sameNamedItemsShowTheirShortIdOrFileName() {
        ImportPreview preview = new ImportPreview(List.of(
                named(
                        "Ada Ember 40",
                        Path.of("out", "Ada Ember 40.character.json"),
                        Optional.of("a6d17c10-ebe9-11f1-a111-0242ac120002"),
                        Action.SKIP),
                named(
                        "Ada Ember 40",
                        Path.of("out", "Ada Ember 40 (2).character.json"),
                        Optional.of("b7e28d21-ebe9-11f1-a111-0242ac120002"),
                        Action.UPDATE),
                named("Ada Ember 40", Path.of("new", "Ada.character.json"), Optional.empty(), Action.CREATE),
                named("Bo", Path.of("Bo.json"), Optional.of("d1-x"), Action.UPDATE)));
        assertThat(preview.title(0)).isEqualTo("Ada Ember 40 \u00B7 a6d17c10");
        assertThat(preview.title(1)).isEqualTo("Ada Ember 40 \u00B7 b7e28d21");
        assertThat(preview.title(2)).as("no ID: the file name").isEqualTo("Ada Ember 40 \u00B7 Ada.character.json");
        assertThat(preview.title(3)).as("a name of its own needs nothing").isEqualTo("Bo");
    }

    @Test
    void aRefusedFilesHeadingNamesTheFileOnce() {
        ImportItem broken = new ImportItem(
                "broken.character.json",
                Path.of("broken.character.json"),
                Optional.empty(),
                Optional.empty(),
                Action.INVALID,
                "the file ends in the middle (line 1, column 38)",
                List.of());
        ImportPreview preview = new ImportPreview(List.of(broken, item(1, Action.CREATE)));
        assertThat(preview.heading(0)).isEqualTo("broken.character.json");
        assertThat(preview.heading(1)).isEqualTo("file1  \u2014  id-1");
    }
}
