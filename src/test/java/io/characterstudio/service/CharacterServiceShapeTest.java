package io.characterstudio.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The service's shape: one constructor with every store, no raw accessors, sync/tags/history apart. */
class CharacterServiceShapeTest {

    @Test
    void oneConstructorTakingEveryStore() {
        assertThat(CharacterService.class.getDeclaredConstructors()).hasSize(1);
    }

    @Test
    void noRawAccessorsToItsClientStoresOrExecutor() {
        assertThat(Arrays.stream(CharacterService.class.getDeclaredMethods())
                        .filter(m -> !Modifier.isPrivate(m.getModifiers()))
                        .map(Method::getName))
                .doesNotContain(
                        "client", "known", "executor", "tagStore", "saveNow", "fetchOr", "notFoundMarksMissing");
    }

    @Test
    void syncTagsAndHistoryHaveClassesOfTheirOwnAndTheServiceIsSmall() throws IOException {
        assertThat(CharacterService.class.getMethods())
                .extracting(Method::getReturnType)
                .contains(CharacterSync.class, CharacterTags.class, CharacterHistory.class);
        assertThat(Files.readAllLines(Path.of("src/main/java/io/characterstudio/service/CharacterService.java")))
                .hasSizeLessThan(300);
    }
}
