package io.characterstudio.ui.open;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.ui.open.OpenDialogs.OpenRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the open dialog suggests as the user types, and when a text opens by ID. */
class OpenDialogsTest {

    private static final List<String> NAMES = List.of("Ann", "Bram Oakhart", "Dax Reed", "Old Dax");

    @Test
    void suggestsNamesContainingTheTextIgnoringCaseThoseStartingWithItFirst() {
        assertThat(FxOpenDialogs.matching(NAMES, "dax")).containsExactly("Dax Reed", "Old Dax");
        assertThat(FxOpenDialogs.matching(NAMES, "")).isEmpty();
        assertThat(FxOpenDialogs.matching(NAMES, "Dax Reed"))
                .as("a name typed in full needs no list")
                .isEmpty();
        assertThat(FxOpenDialogs.matching(NAMES, "zz")).isEmpty();
    }

    @Test
    void onlyAUuidTrimmedOfSpacesOpensById() {
        assertThat(new OpenRequest(" 7bd3274c-1745-11ee-a3af-42010a400002\n").looksLikeId())
                .isTrue();
        assertThat(new OpenRequest("7bd3274c-1745-11ee").looksLikeId()).isFalse();
        assertThat(new OpenRequest("Dax Reed").looksLikeId()).isFalse();
        assertThat(new OpenRequest(null).trimmed()).isEmpty();
    }
}
