package io.characterstudio.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloneItemTest {

    @Test
    void keysRoundTripAndTheLastHashCounts() {
        List<CloneItem> items = CloneItem.of(List.of(" a ", "b#2"), 2);
        assertThat(items).extracting(CloneItem::key).containsExactly("a#1", "a#2", "b#2#1", "b#2#2");
        assertThat(items).allSatisfy(i -> assertThat(CloneItem.parse(i.key())).isEqualTo(i));
        assertThat(CharacterBulk.cloneItems(List.of("b#2"), 1)).containsExactly("b#2#1");
        assertThat(CharacterBulk.sourceOf("b#2#1")).isEqualTo("b#2");
        assertThat(CharacterBulk.copyOf("b#2#1")).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNotACloneItemIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> CharacterBulk.sourceOf("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'abc' is not a clone item: expected sourceId#copy.");
        assertThatThrownBy(() -> CharacterBulk.copyOf("abc#x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the copy number after '#' is not a number");
        assertThatThrownBy(() -> CharacterBulk.copyOf("abc#0")).hasMessageContaining("starts at 1");
    }
}
