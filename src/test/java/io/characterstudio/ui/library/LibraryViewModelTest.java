package io.characterstudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.model.VoiceOption;
import io.characterstudio.ui.common.StatusModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The library view-model's row texts: voice display names and the clickable "N clones". */
class LibraryViewModelTest {

    private static final String BRAM = "7bd3274c-1111-11ee-8000-000000000001";
    private static final String BRAM_V2 = "8ce4385d-2222-11ee-8000-000000000002";
    private static final String DAX = "9df5496e-3333-11ee-8000-000000000003";
    private static final String DAX_TOO = "aef65a7f-4444-11ee-8000-000000000004";
    private static final String DAX_V2 = "bf076b80-5555-11ee-8000-000000000005";
    private static final String REED_V2 = "c0187c91-6666-11ee-8000-000000000006";

    private final LibraryViewModel vm =
            new LibraryViewModel(new SimpleObjectProperty<>(), null, new StatusModel(), Runnable::run);

    private static KnownCharacter known(String id, String name, String voice, String clonedFrom) {
        return new KnownCharacter(
                "sandbox",
                id,
                name,
                voice,
                List.of("en-US"),
                List.of(),
                Optional.empty(),
                "",
                Instant.EPOCH,
                Optional.empty(),
                clonedFrom == null ? Origin.CREATED : Origin.CLONED,
                Optional.ofNullable(clonedFrom),
                Status.PRESENT);
    }

    @Test
    void rowsShowTheVoicesDisplayNameAndTheRawValueOutsideTheCatalogue() {
        ObservableList<VoiceOption> catalogue = FXCollections.observableArrayList();
        vm.followVoices(catalogue);
        assertThat(vm.voices().label("AZURE-MULTILINGUAL-54251ef38f")).isEqualTo("AZURE-MULTILINGUAL-54251ef38f");

        catalogue.setAll(new VoiceOption(
                "Azure Voices",
                "Ava Female Multilingual",
                "AZURE-MULTILINGUAL-54251ef38f",
                List.of("en-US"),
                "FEMALE"));
        assertThat(vm.voices().label("AZURE-MULTILINGUAL-54251ef38f")).isEqualTo("Ava Female Multilingual");
        assertThat(vm.voices().label("US MALE 1")).isEqualTo("US MALE 1");
        assertThat(vm.voices().label("")).isEqualTo("no voice");
        assertThat(vm.voices().tooltip("AZURE-MULTILINGUAL-54251ef38f")).contains("AZURE-MULTILINGUAL-54251ef38f");
    }

    @Test
    void clickingTheClonesOfANameShowsTheQuotedFromFilter() {
        vm.show(LibraryRows.of(
                List.of(known(BRAM, "Bram Oakhart", "", null), known(BRAM_V2, "Bram Oakhart v2", "", BRAM)),
                Map.of(),
                Set.of()));

        vm.showClonesOf(BRAM);

        assertThat(vm.filterProperty().get()).isEqualTo("from:\"Bram Oakhart\"");
        assertThat(vm.visible()).extracting(LibraryItem::id).containsExactly(BRAM_V2);
    }

    @Test
    void aNameThatWouldAlsoShowOtherClonesFiltersByTheId() {
        // a quoted name matches the whole name in any case: "dax" would also show Reed v2 (cloned from "dax")
        vm.show(LibraryRows.of(
                List.of(
                        known(DAX, "Dax", "", null),
                        known(DAX_TOO, "dax", "", null),
                        known(DAX_V2, "Dax v2", "", DAX),
                        known(REED_V2, "Reed v2", "", DAX_TOO)),
                Map.of(),
                Set.of()));

        vm.showClonesOf(DAX);

        assertThat(vm.filterProperty().get()).isEqualTo("from:" + DAX);
        assertThat(vm.visible()).extracting(LibraryItem::id).containsExactly(DAX_V2);
    }

    @Test
    void replacingOneRowKeepsTheOthersAndRenamesTheSourceInItsClones() {
        vm.show(LibraryRows.of(
                List.of(
                        known(BRAM, "Bram Oakhart", "", null),
                        known(BRAM_V2, "Bram Oakhart v2", "", BRAM),
                        known(DAX, "Dax", "", null)),
                Map.of(),
                Set.of()));
        LibraryItem dax = vm.item(DAX).orElseThrow();

        vm.replace(known(BRAM, "Bram the Elder", "", null));

        assertThat(vm.item(BRAM).orElseThrow().name()).isEqualTo("Bram the Elder");
        assertThat(vm.item(BRAM).orElseThrow().cloneIds()).containsExactly(BRAM_V2);
        assertThat(vm.item(BRAM_V2).orElseThrow().lineage()).startsWith("cloned from Bram the Elder");
        assertThat(vm.all()).hasSize(3).anyMatch(row -> row == dax);
        assertThat(vm.visible())
                .extracting(LibraryItem::name)
                .containsExactly("Bram Oakhart v2", "Bram the Elder", "Dax");
    }
}
