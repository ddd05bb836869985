package io.characterstudio.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The main compile runs NullAway as an error on model, service and convai, with JSpecify's
 * {@code @Nullable} on the class path: a null passed, returned or dereferenced where the code does
 * not say it may be null fails the build.
 */
class NullAwayConfigTest {

    @Test
    void theMainCompileChecksModelServiceAndConvaiForNulls() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom)
                .contains("-Xep:NullAway:ERROR")
                .contains("-XepOpt:NullAway:AnnotatedPackages=io.characterstudio.model,io.characterstudio.service,"
                        + "io.characterstudio.convai")
                .contains("<artifactId>nullaway</artifactId>")
                .contains("<artifactId>jspecify</artifactId>");
    }
}
