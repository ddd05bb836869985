package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextSizeTest {

    private final Map<String, String> settings = new HashMap<>();

    private TextSize size() {
        return new TextSize(key -> Optional.ofNullable(settings.get(key)), settings::putAll);
    }

    @Test
    void largerAndSmallerStepScaleTheRootFontAndPersist() {
        TextSize size = size();
        assertThat(size.percentProperty().get()).isEqualTo(100);
        assertThat(size.rootStyleProperty().get()).isEmpty();

        assertThat(size.larger()).isTrue();
        assertThat(size.larger()).isTrue();
        assertThat(size.percentProperty().get()).isEqualTo(125);
        assertThat(size.rootStyleProperty().get()).isEqualTo("-fx-font-size: 17.5px;");
        assertThat(settings).containsEntry(TextSize.KEY, "125");

        assertThat(size().percentProperty().get()).as("kept across restarts").isEqualTo(125);

        size.reset();
        assertThat(size.smaller()).isTrue();
        assertThat(size.rootStyleProperty().get()).isEqualTo("-fx-font-size: 12.6px;");
    }

    @Test
    void stopsAtEitherEnd() {
        TextSize size = size();
        while (size.larger()) {
            assertThat(size.percentProperty().get()).isLessThanOrEqualTo(200);
        }
        assertThat(size.percentProperty().get()).isEqualTo(200);
        assertThat(size.rootStyleProperty().get()).isEqualTo("-fx-font-size: 28px;");
        while (size.smaller()) {
            assertThat(size.percentProperty().get()).isGreaterThanOrEqualTo(80);
        }
        assertThat(size.percentProperty().get()).isEqualTo(80);
    }

    @Test
    void anUnreadableStoredSizeMeansTheNormalSize() {
        settings.put(TextSize.KEY, "huge");
        assertThat(size().percentProperty().get()).isEqualTo(100);
        settings.put(TextSize.KEY, "137");
        assertThat(size().percentProperty().get()).isEqualTo(100);
    }
}
