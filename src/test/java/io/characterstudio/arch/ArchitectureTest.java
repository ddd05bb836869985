package io.characterstudio.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layer rules of STYLE.md: dependencies point one way, and only views touch the scene graph. */
@AnalyzeClasses(packages = "io.characterstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "io.characterstudio.";

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("app").definedBy(BASE + "app..")
            .layer("ui").definedBy(BASE + "ui..")
            .layer("service").definedBy(BASE + "service..")
            .layer("convai").definedBy(BASE + "convai..")
            .layer("store").definedBy(BASE + "store..")
            .layer("sandbox").definedBy(BASE + "sandbox..")
            .layer("model").definedBy(BASE + "model..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("convai").mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("sandbox").mayOnlyBeAccessedByLayers("app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("app", "ui", "service", "convai", "store", "sandbox");

    @ArchTest
    static final ArchRule sandboxDependsOnModelAtMost = noClasses().that().resideInAPackage(BASE + "sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + "app..", BASE + "ui..", BASE + "service..",
                    BASE + "convai..", BASE + "store..", "javafx..");

    /** Owner-only file helpers, used by both store and sandbox: they depend on no other package of the app. */
    @ArchTest
    static final ArchRule filesIsNeutral = noClasses().that().resideInAPackage(BASE + "files..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + "app..", BASE + "ui..", BASE + "service..",
                    BASE + "convai..", BASE + "store..", BASE + "sandbox..", BASE + "model..", "javafx..");

    @ArchTest
    static final ArchRule nothingBelowUiTouchesTheSceneGraph = noClasses()
            .that().resideOutsideOfPackages(BASE + "ui..", BASE + "app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage(BASE + "model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.net.http..", "java.sql..",
                    "tools.jackson..", "com.sun.net.httpserver..");

    @ArchTest
    static final ArchRule viewModelsImportNoSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "javafx.application..");
}
