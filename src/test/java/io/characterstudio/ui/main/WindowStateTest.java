package io.characterstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowStateTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D RIGHT = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void aWindowLargerThanTheScreenIsShrunkOntoIt() {
        WindowState remembered = new WindowState(-40, 300, 2400, 1300, false, 0.3);

        WindowState fitted = remembered.fitInto(List.of(LAPTOP));

        assertThat(fitted).isEqualTo(new WindowState(0, 0, 1366, 728, false, 0.3));
    }

    @Test
    void aWindowOffEveryScreenComesBackOntoThePrimary() {
        WindowState remembered = new WindowState(5000, 3000, 1200, 700, false, 0.3);

        WindowState fitted = remembered.fitInto(List.of(LAPTOP, RIGHT));

        assertThat(fitted).isEqualTo(new WindowState(166, 28, 1200, 700, false, 0.3));
    }

    @Test
    void aWindowStaysOnTheScreenItMostlyOverlapsAndOneThatFitsIsUnchanged() {
        WindowState onRight = new WindowState(1300, 100, 1000, 700, false, 0.3);
        assertThat(onRight.fitInto(List.of(LAPTOP, RIGHT)))
                .isEqualTo(new WindowState(1366, 100, 1000, 700, false, 0.3));

        WindowState fits = new WindowState(100, 50, 1000, 600, true, 0.4);
        assertThat(fits.fitInto(List.of(LAPTOP, RIGHT))).isEqualTo(fits);
    }
}
