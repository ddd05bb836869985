package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names of bulk clones: the next free number, no "v1 v1", and names that still exist marked. */
class CopyNamesTest {

    private static final Map<String, String> SOURCES = Map.of("a", "Ada", "a1", "Ada v1", "b", "Bo");

    private static List<CloneItem> items(String... keys) {
        return java.util.Arrays.stream(keys).map(CloneItem::parse).toList();
    }

    private static List<String> names(Map<CloneItem, CopyNames.Proposed> proposed) {
        return proposed.values().stream()
                .map(p -> p.name() + (p.taken() ? " (taken)" : ""))
                .toList();
    }

    @Test
    void eachCopyTakesTheNextFreeNumberAndAVersionSuffixIsNotRepeated() {
        List<String> known = List.of("Ada", "Ada v1", "Ada v2", "Bo");
        Map<CloneItem, CopyNames.Proposed> proposed =
                CopyNames.forClones("{name} v{n}", items("a#1", "a#2", "a1#1", "b#1", "b#2"), SOURCES::get, known);
        assertThat(names(proposed)).containsExactly("Ada v3", "Ada v4", "Ada v5", "Bo v1", "Bo v2");
    }

    @Test
    void aPatternWithoutANumberOrAnEmptyPatternMarksTheNamesThatExist() {
        assertThat(names(CopyNames.forClones("{name} copy", items("b#1", "b#2"), SOURCES::get, List.of("Bo"))))
                .containsExactly("Bo copy", "Bo copy (taken)");
        assertThat(names(CopyNames.forClones("", items("b#1"), SOURCES::get, List.of("Bo"))))
                .containsExactly("Bo (taken)");
        assertThat(names(CopyNames.forClones("{name} {n}", items("a1#1"), SOURCES::get, List.of("Ada v1 1"))))
                .as("only the default pattern drops a vN")
                .containsExactly("Ada v1 2");
    }

    @Test
    void aSingleCloneIsNamedAsTheBulkClonesFirstCopyWouldBe() {
        List<String> known = List.of("Keyra Voss", "Bo");
        assertThat(CopyNames.next("Keyra Voss", known))
                .isEqualTo("Keyra Voss v1")
                .isEqualTo(CopyNames.forClones(CopyNames.DEFAULT_PATTERN, items("k#1"), id -> "Keyra Voss", known)
                        .get(new CloneItem("k", 1))
                        .name());
        assertThat(CopyNames.next("Keyra Voss", List.of("Keyra Voss", "keyra voss v1")))
                .isEqualTo("Keyra Voss v2");
        assertThat(CopyNames.next("Keyra Voss v2", List.of("Keyra Voss", "Keyra Voss v2")))
                .as("v2 never comes before v1")
                .isEqualTo("Keyra Voss v1");
    }
}
