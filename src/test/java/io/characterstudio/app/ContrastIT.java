package io.characterstudio.app;

import io.characterstudio.testsupport.Screenshots;
import io.characterstudio.testsupport.Swatch;
import io.characterstudio.testsupport.Wcag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the key controls in the light and the dark theme (switched with the app's own toolbar button)
 * and measures WCAG contrast from the pixels: focus rings >= 3:1 against what they cover, the focused
 * list cell, the selected row of the library and of any other list >= 3:1 against the list, a list
 * row's rename field's border >= 3:1 against the row, its selected text's highlight >= 3:1 against
 * the field, a filled default button's focus indicator >= 3:1 against its fill, nothing moving or
 * resizing when the focus arrives, the danger button's text and
 * placeholders >= 4.5:1. Saves focus-rings-light.png and focus-rings-dark.png under target/screenshots.
 */
class ContrastIT extends AppWindowIT {

    private static final double RING = 3.0;
    private static final double TEXT = 4.5;

    private ContrastSpecimen page;
    private final SoftAssertions soft = new SoftAssertions();

    @Test
    void keyControlsMeetTheContrastThresholdsInBothThemes() throws Exception {
        launch();
        for (boolean dark : new boolean[] {false, true}) {
            if (dark) {
                robot.clickOn("#toolTheme");
                app.waitFor(() -> Application.getUserAgentStylesheet().contains("dark"));
            }
            String theme = dark ? "dark" : "light";
            page = fx(ContrastSpecimen::new);
            robot.interact(() -> page.stage.show());
            robot.moveTo(app.stage().getX() + 5, app.stage().getY() + 5);
            app.waitFor(() -> page.stage.isFocused());
            checkTheme(theme);
            robot.interact(() -> page.stage.close());
        }
        soft.assertAll();
    }

    private void checkTheme(String theme) throws Exception {
        List<Image> rings = new ArrayList<>();
        for (Control c : List.of(
                page.normal,
                page.defaultButton,
                page.danger,
                page.tick,
                page.radio,
                page.field,
                page.combo,
                page.link,
                page.chip,
                page.spinner,
                page.plainList)) {
            rings.add(ring(theme, c));
        }
        Screenshots.save(sheet(rings), "focus-rings-" + theme);
        filledButtonFocus(theme, page.defaultButton);

        text(theme + " danger button", page.danger, false);
        text(theme + " focused danger button", page.danger, true);
        text(theme + " placeholder", page.field, false);

        fx(() -> {
            page.library.getSelectionModel().select(0);
            return null;
        });
        for (boolean listFocused : new boolean[] {false, true}) {
            focus(listFocused ? page.library : page.root);
            int[] selected = Swatch.of(fx(page::snapshot), fx(() -> page.cell(page.library, 0)))
                    .fillAndText();
            int[] other = Swatch.of(fx(page::snapshot), fx(() -> page.cell(page.library, 2)))
                    .fillAndText();
            check(
                    theme + " selected library row" + (listFocused ? " (list focused)" : ""),
                    selected[0],
                    other[0],
                    RING);
        }
        selectedRow(theme, page.plainList);
        renameField(theme);
        focusedCell(theme + " focused library row (selected)", page.library, 0, 2);
        focusedCell(theme + " focused library row", page.library, 1, 2);
        focusedCell(theme + " focused list row", page.plainList, 1, 2);
    }

    /** A list other than the library (actions, history, reports...): its selected row >= 3:1 against the others. */
    private void selectedRow(String theme, javafx.scene.control.ListView<String> list) throws Exception {
        fx(() -> {
            list.getSelectionModel().select(0);
            return null;
        });
        for (boolean listFocused : new boolean[] {false, true}) {
            focus(listFocused ? list : page.root);
            int[] selected =
                    Swatch.of(fx(page::snapshot), fx(() -> page.cell(list, 0))).fillAndText();
            int[] other =
                    Swatch.of(fx(page::snapshot), fx(() -> page.cell(list, 2))).fillAndText();
            check(theme + " selected list row" + (listFocused ? " (list focused)" : ""), selected[0], other[0], RING);
        }
    }

    /** A list row's rename field (F2 on an action): its border >= 3:1 against the row around it. */
    private void renameField(String theme) throws Exception {
        focus(page.plainList);
        fx(() -> {
            page.plainList.getSelectionModel().select(1);
            page.plainList.edit(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Image shot = fx(page::snapshot);
        Bounds field = fx(() -> page.area(page.plainList.lookup(".list-cell .text-field"), 0));
        int y = (int) field.getCenterY();
        int border = shot.getPixelReader().getArgb((int) field.getMinX() + 1, y);
        int row = shot.getPixelReader().getArgb((int) field.getMinX() - 2, y);
        check(theme + " rename field's border against its row", border, row, RING);
        // The field's text selected (as when the rename starts): the selection's fill against the field's.
        fx(() -> {
            javafx.scene.control.TextField editor =
                    (javafx.scene.control.TextField) page.plainList.lookup(".list-cell .text-field");
            editor.requestFocus();
            editor.selectAll();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        shot = fx(page::snapshot);
        Screenshots.save(fx(() -> crop(page.snapshot(), field)), "rename-field-" + theme);
        int selection = Swatch.of(shot, new javafx.geometry.BoundingBox(field.getMinX() + 7, y - 3, 10, 6))
                .dominant();
        int fieldFill = shot.getPixelReader().getArgb((int) field.getMaxX() - 5, y);
        check(theme + " selected text's highlight in the rename field", selection, fieldFill, RING);
        fx(() -> {
            page.plainList.edit(-1);
            return null;
        });
    }

    /** Focus off, snapshot, focus on, snapshot: the changed pixels are the ring; returns the focused crop. */
    private Image ring(String theme, Control control) throws Exception {
        Callable<Bounds> area = () -> page.area(control, 5);
        focus(page.root);
        Swatch before = Swatch.of(fx(page::snapshot), fx(area));
        Bounds sizeBefore = fx(control::getLayoutBounds);
        javafx.geometry.Insets insetsBefore = fx(control::getInsets);
        focus(control);
        Image focused = fx(page::snapshot);
        Swatch after = Swatch.of(focused, fx(area));
        String moved = theme + " " + control.getStyleClass() + ": nothing moves when the focus arrives";
        soft.assertThat(fx(control::getLayoutBounds)).as(moved + " (size)").isEqualTo(sizeBefore);
        soft.assertThat(fx(control::getInsets)).as(moved + " (insets)").isEqualTo(insetsBefore);
        int[] change = after.changeFrom(before);
        Bounds b = fx(area);
        int perimeter = (int) (2 * (b.getWidth() + b.getHeight()) - 40);
        String what = theme + " focus ring on " + control.getClass().getSimpleName() + " " + control.getStyleClass();
        soft.assertThat(change[0])
                .as(what + ": changed pixels (a ring goes all round)")
                .isGreaterThan(perimeter);
        check(what, change[2], change[1], RING);
        return fx(() -> crop(focused, b));
    }

    /**
     * A filled button (the default button, filled with the accent like the ring around it): inside its
     * fill something must change on focus, >= 3:1 against the fill, all the way round.
     */
    private void filledButtonFocus(String theme, Control button) throws Exception {
        Callable<Bounds> inside = () -> page.area(button, -1);
        focus(page.root);
        Swatch before = Swatch.of(fx(page::snapshot), fx(inside));
        focus(button);
        int[] change = Swatch.of(fx(page::snapshot), fx(inside)).changeFrom(before);
        String what = theme + " focus indicator inside the filled " + button.getStyleClass();
        soft.assertThat(change[0])
                .as(what + ": changed pixels (all the way round)")
                .isGreaterThan(before.width() + before.height());
        check(what + " against the button's fill", change[2], change[1], RING);
    }

    private void text(String what, Control control, boolean focused) throws Exception {
        focus(focused ? control : page.root);
        Bounds inside = fx(() -> page.area(control, -4));
        int[] fillText = Swatch.of(fx(page::snapshot), inside).fillAndText();
        check(what + " text on fill", fillText[1], fillText[0], TEXT);
    }

    /** The list focused, its focus on {@code index} then elsewhere: the cell must look different. */
    private void focusedCell(String what, javafx.scene.control.ListView<String> list, int index, int elsewhere)
            throws Exception {
        focus(list);
        fx(() -> {
            list.getFocusModel().focus(elsewhere);
            return null;
        });
        Swatch off = Swatch.of(fx(page::snapshot), fx(() -> page.cell(list, index)));
        fx(() -> {
            list.getFocusModel().focus(index);
            return null;
        });
        int[] change =
                Swatch.of(fx(page::snapshot), fx(() -> page.cell(list, index))).changeFrom(off);
        soft.assertThat(change[0]).as(what + ": changed pixels").isGreaterThan(off.width());
        check(what, change[2], change[1], RING);
    }

    private void check(String what, int a, int b, double min) {
        double ratio = Wcag.ratio(a, b);
        soft.assertThat(ratio)
                .as("%s: %s against %s = %.2f:1, at least %.1f:1", what, Wcag.hex(a), Wcag.hex(b), ratio, min)
                .isGreaterThanOrEqualTo(min);
    }

    private void focus(Node node) throws Exception {
        fx(() -> {
            node.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Image crop(Image image, Bounds b) {
        int x = (int) Math.max(0, b.getMinX());
        int y = (int) Math.max(0, b.getMinY());
        int w = (int) Math.min(image.getWidth() - x, b.getWidth());
        int h = (int) Math.min(image.getHeight() - y, b.getHeight());
        return new WritableImage(image.getPixelReader(), x, y, w, h);
    }

    /** The focused controls side by side on the theme's background, for the docs. */
    private Image sheet(List<Image> parts) throws Exception {
        return fx(() -> {
            int width = 12;
            int height = 0;
            for (Image part : parts) {
                width += (int) part.getWidth() + 12;
                height = Math.max(height, (int) part.getHeight());
            }
            WritableImage out = new WritableImage(width, height + 24);
            int background = page.snapshot().getPixelReader().getArgb(1, 1);
            for (int y = 0; y < height + 24; y++) {
                for (int x = 0; x < width; x++) {
                    out.getPixelWriter().setArgb(x, y, background);
                }
            }
            int x = 12;
            for (Image part : parts) {
                out.getPixelWriter()
                        .setPixels(x, 12, (int) part.getWidth(), (int) part.getHeight(), part.getPixelReader(), 0, 0);
                x += (int) part.getWidth() + 12;
            }
            return out;
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
