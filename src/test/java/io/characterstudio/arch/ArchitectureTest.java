package io.characterstudio.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/** The layer rules of STYLE.md: dependencies point one way, and only views touch the scene graph. */
@AnalyzeClasses(packages = "io.characterstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "io.characterstudio.";

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("app")
            .definedBy(BASE + "app..")
            .layer("ui")
            .definedBy(BASE + "ui..")
            .layer("service")
            .definedBy(BASE + "service..")
            .layer("convai")
            .definedBy(BASE + "convai..")
            .layer("store")
            .definedBy(BASE + "store..")
            .layer("sandbox")
            .definedBy(BASE + "sandbox..")
            .layer("model")
            .definedBy(BASE + "model..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("service")
            .mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("convai")
            .mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("store")
            .mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("sandbox")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers("app", "ui", "service", "convai", "store", "sandbox");

    @ArchTest
    static final ArchRule sandboxDependsOnModelAtMost = noClasses()
            .that()
            .resideInAPackage(BASE + "sandbox..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    BASE + "app..", BASE + "ui..", BASE + "service..", BASE + "convai..", BASE + "store..", "javafx..");

    /** Owner-only file helpers, used by both store and sandbox: they depend on no other package of the app. */
    @ArchTest
    static final ArchRule filesIsNeutral = noClasses()
            .that()
            .resideInAPackage(BASE + "files..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    BASE + "app..",
                    BASE + "ui..",
                    BASE + "service..",
                    BASE + "convai..",
                    BASE + "store..",
                    BASE + "sandbox..",
                    BASE + "model..",
                    "javafx..");

    @ArchTest
    static final ArchRule nothingBelowUiTouchesTheSceneGraph = noClasses()
            .that()
            .resideOutsideOfPackages(BASE + "ui..", BASE + "app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses()
            .that()
            .resideInAPackage(BASE + "model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "java.net.http..", "java.sql..", "tools.jackson..", "com.sun.net.httpserver..");

    /**
     * The role rule of docs/architecture.md: in ui, only views touch the scene graph. A view is a class whose
     * simple name starts with {@code Fx} or ends with one of {@link #VIEW_SUFFIXES}, or one of the few small
     * scene-graph helpers in {@link #VIEW_HELPERS}; everything else (view-models, commands such as
     * {@code *Commands}, {@code Opener}, {@code BulkRunner}, {@code Browsing}, {@code LeaveGuard}, records,
     * dialog interfaces) may not use javafx.scene, javafx.stage, javafx.fxml or javafx.application.
     */
    @ArchTest
    static final ArchRule onlyViewsTouchTheSceneGraph = noClasses()
            .that()
            .resideInAPackage(BASE + "ui..")
            .and(new DescribedPredicate<JavaClass>("are not views") {
                @Override
                public boolean test(JavaClass c) {
                    return !isView(c);
                }
            })
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..", "javafx.application..");

    /** The feature packages of ui (ui.main, ui.trash, ui.common...) depend on each other without cycles. */
    @ArchTest
    static final ArchRule uiFeaturesAreFreeOfCycles =
            slices().matching(BASE + "ui.(*)..").should().beFreeOfCycles();

    static final List<String> VIEW_SUFFIXES =
            List.of("View", "Dialog", "Pane", "Panes", "Cell", "Picker", "Box", "Menu", "Bar", "Controls", "Keys");

    static final Set<String> VIEW_HELPERS = Set.of(
            "Accelerators",
            "FirstRowOnFocus",
            "EditorSide",
            "FormParts",
            "HiddenRowsLine",
            "RowDetails",
            "ConnectionSelector",
            "LibrarySlot",
            "DialogFrame",
            "DialogSizing",
            "Command",
            "Em",
            "NarrowLayout",
            "TextWidth",
            "ToolIcons",
            "HeaderLayout");

    private static boolean isView(JavaClass c) {
        String name = outermost(c).getSimpleName();
        return name.startsWith("Fx")
                || VIEW_HELPERS.contains(name)
                || VIEW_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
