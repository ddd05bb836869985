package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloneItemTest {

    @Test
    void keysRoundTripAndTheLastHashCounts() {
        List<CloneItem> items = CloneItem.of(List.of(" a ", "b#2"), 2);
        assertThat(items).extracting(CloneItem::key).containsExactly("a#1", "a#2", "b#2#1", "b#2#2");
        assertThat(items).allSatisfy(i -> assertThat(CloneItem.parse(i.key())).isEqualTo(i));
        assertThat(CloneItem.of(List.of("b#2"), 1)).containsExactly(new CloneItem("b#2", 1));
        assertThat(CloneItem.parse("b#2#1").sourceId()).isEqualTo("b#2");
        assertThat(CloneItem.parse("b#2#1").copy()).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNotACloneItemIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> CloneItem.parse("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'abc' is not a clone item: expected sourceId#copy.");
        assertThatThrownBy(() -> CloneItem.parse("abc#x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the copy number after '#' is not a number");
        assertThatThrownBy(() -> CloneItem.parse("abc#0")).hasMessageContaining("starts at 1");
    }
}
