package dev.loveless.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering, stated with its reasons: {@code app → exporters → model}, never back.
 * Lives in the app's tests because only here are all three modules on the class path.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.loveless");

    @Test
    void theModelKnowsNoUserInterface() {
        noClasses().that().resideInAPackage("dev.loveless.model..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the model is shared by the designer, the command line and the exporters, "
                        + "and must run headless")
                .check(CLASSES);
    }

    @Test
    void theModelKnowsNoCloud() {
        noClasses().that().resideInAPackage("dev.loveless.model..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("designing and validating a workflow must work offline, without the AWS SDK")
                .check(CLASSES);
    }

    @Test
    void exportersKnowNoUserInterface() {
        noClasses().that().resideInAPackage("dev.loveless.exporters..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("exports and deploys run from the command line and in CI, where there is no display")
                .check(CLASSES);
    }

    @Test
    void dependenciesPointOneWay() {
        noClasses().that().resideInAPackage("dev.loveless.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.loveless.exporters..", "dev.loveless.app..")
                .because("app → exporters → model: the model is the base everything else stands on")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.loveless.exporters..")
                .should().dependOnClassesThat().resideInAPackage("dev.loveless.app..")
                .because("app → exporters → model: exporters serve the app, not the other way round")
                .check(CLASSES);
    }

    @Test
    void onlyTheLayoutAdapterKnowsTheLayoutEngine() {
        noClasses().that().resideOutsideOfPackage("dev.loveless.model.layout..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.elk..")
                .because("ELK is one way of laying out, behind WorkflowLayout's pure function: the rest of the "
                        + "product speaks in Layout and Bounds, so that the engine can be replaced, or bypassed "
                        + "for very large scopes, without touching anything else")
                .check(CLASSES);
    }
}
