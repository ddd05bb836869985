package io.characterstudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.characterstudio.model.KnownCharacter;
import io.characterstudio.model.KnownCharacter.Origin;
import io.characterstudio.model.KnownCharacter.Status;
import io.characterstudio.ui.common.StatusModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library's rows while the list scrolls (an arrow key held over thousands of rows): each cell
 * keeps its nodes and tooltips and only changes their texts (a new node tree and two tooltips, each
 * a popup window with a scene of its own, per row update held the FX thread), and what a cell
 * shows is always its current row's, never a mark or line left from a row it showed before.
 */
class LibraryCellIT {

    private static final int ROWS = 300;

    private final FxRobot robot = new FxRobot();
    private final LibraryViewModel vm =
            new LibraryViewModel(new SimpleObjectProperty<>(), null, new StatusModel(), Runnable::run);
    private ListView<LibraryItem> list;

    private static String id(int i) {
        return String.format("%08d-0000-11ee-8000-000000000000", i);
    }

    /** Every third row a clone of the row before it; every fifth tagged; every seventh deleted. */
    private static List<LibraryItem> rows() {
        List<KnownCharacter> known = new ArrayList<>();
        Map<String, Set<String>> tags = new HashMap<>();
        for (int i = 0; i < ROWS; i++) {
            Optional<String> from = i % 3 == 2 ? Optional.of(id(i - 1)) : Optional.empty();
            known.add(new KnownCharacter(
                    "sandbox",
                    id(i),
                    String.format("Row %03d", i),
                    "US MALE 1",
                    List.of("en-US"),
                    List.of(),
                    Optional.empty(),
                    "",
                    Instant.EPOCH,
                    Optional.empty(),
                    from.isPresent() ? Origin.CLONED : Origin.CREATED,
                    from,
                    i % 7 == 6 ? Status.DELETED : Status.PRESENT));
            if (i % 5 == 4) {
                tags.put(id(i), Set.of("guard"));
            }
        }
        return LibraryRows.of(known, tags, Set.of());
    }

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            list = new ListView<>();
            RowMenu menu = new RowMenu(vm, ids -> {});
            list.setCellFactory(l -> new LibraryCell(vm, menu));
            list.getItems().setAll(rows());
            stage.setScene(new Scene(list, 320, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<LibraryCell> cells() {
        return list.lookupAll(".list-cell").stream()
                .filter(LibraryCell.class::isInstance)
                .map(LibraryCell.class::cast)
                .filter(c -> c.getItem() != null)
                .toList();
    }

    private static List<Node> descendants(Node node) {
        List<Node> all = new ArrayList<>(List.of(node));
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.addAll(descendants(child)));
        }
        return all;
    }

    /** The texts a cell shows (visible labels and links), in order. */
    private static List<String> shown(ListCell<LibraryItem> cell) {
        return descendants(cell.getGraphic()).stream()
                .filter(n -> n.isVisible() && isShowing(n, cell))
                .flatMap(n -> n instanceof Label l
                        ? Stream.of(l.getText())
                        : n instanceof Hyperlink h ? Stream.of(h.getText()) : Stream.empty())
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }

    private static boolean isShowing(Node node, Node root) {
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (!n.isVisible() || !n.isManaged()) {
                return false;
            }
        }
        return true;
    }

    private static List<Tooltip> tooltips(ListCell<LibraryItem> cell) {
        return descendants(cell.getGraphic()).stream()
                .flatMap(n ->
                        n instanceof Control c && c.getTooltip() != null ? Stream.of(c.getTooltip()) : Stream.empty())
                .toList();
    }

    @Test
    void scrollingKeepsEachCellsNodesAndTooltips() {
        Map<LibraryCell, List<Node>> nodes = new IdentityHashMap<>();
        Map<LibraryCell, List<Tooltip>> tips = new IdentityHashMap<>();
        robot.interact(() -> cells().forEach(c -> {
            nodes.put(c, descendants(c.getGraphic()));
            tips.put(c, tooltips(c));
        }));
        assertThat(nodes).isNotEmpty();

        for (int i = 1; i <= 40; i++) {
            int row = i;
            robot.interact(() -> list.scrollTo(row));
        }

        robot.interact(() -> cells().stream().filter(nodes::containsKey).forEach(c -> {
            assertThat(descendants(c.getGraphic()))
                    .as("the nodes of the cell now showing " + c.getItem().name())
                    .usingElementComparator((a, b) -> a == b ? 0 : 1)
                    .containsAll(nodes.get(c));
            assertThat(tooltips(c))
                    .as("the tooltips of the cell now showing " + c.getItem().name())
                    .usingElementComparator((a, b) -> a == b ? 0 : 1)
                    .containsExactlyElementsOf(tips.get(c));
        }));
    }

    @Test
    void aCellShowsOnlyItsCurrentRow() {
        for (int i = 0; i < 60; i += 7) {
            int row = i;
            robot.interact(() -> list.scrollTo(row));
            robot.interact(() -> cells().forEach(c -> {
                LibraryItem item = c.getItem();
                List<String> texts = shown(c);
                assertThat(texts.get(0)).isEqualTo(item.name());
                assertThat(texts.contains("#guard"))
                        .as(item.name() + " tagged")
                        .isEqualTo(!item.tagText().isEmpty());
                assertThat(texts.contains("deleted"))
                        .as(item.name() + " deleted")
                        .isEqualTo(item.status() == Status.DELETED);
                assertThat(texts.stream().anyMatch(t -> t.startsWith("cloned from")))
                        .as(item.name() + " a clone")
                        .isEqualTo(!item.lineage().isEmpty());
                assertThat(texts.contains("1 clone"))
                        .as(item.name() + " has a clone")
                        .isEqualTo(!item.cloneText().isEmpty());
                assertThat(texts.stream().anyMatch(t -> t.contains(item.shortId())))
                        .as(item.name() + " short ID")
                        .isEqualTo(item.lineage().isEmpty());
                assertThat(tooltips(c).get(0).getText()).isEqualTo(vm.voices().tooltip(item.voice()));
                assertThat(c.getAccessibleText()).startsWith(item.name());
            }));
        }
    }
}
