package dev.loveless.exporters;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The exporters' layering rules, each with its reason. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.loveless.exporters");
    }

    @Test
    void onlyTheAwsGatewayImportsTheAwsSdk() {
        noClasses().that().resideOutsideOfPackage("dev.loveless.exporters.deploy.aws..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("the SDK sits behind the AwsGateway interface, so that plan and apply are plain code"
                        + " and an SDK upgrade touches one package")
                .check(classes);
    }

    @Test
    void exportersNeverImportJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("exporters run from the command line and in tests without a display")
                .check(classes);
    }

    @Test
    void theExecutionPolicyDoesNotDependOnDeploy() {
        noClasses().that().resideInAPackage("dev.loveless.exporters.iam..")
                .should().dependOnClassesThat().resideInAPackage("dev.loveless.exporters.deploy..")
                .because("the CloudFormation export uses the same least-privilege policy without deploying")
                .check(classes);
    }
}
