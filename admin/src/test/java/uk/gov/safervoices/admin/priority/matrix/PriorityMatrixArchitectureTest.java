package uk.gov.safervoices.admin.priority.matrix;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The priority matrix is a pure core: plain Java and Commons Math, no framework, database or other project code. */
class PriorityMatrixArchitectureTest {

    @Test
    void importsOnlyTheJdkAndCommonsMath() {
        classes().that().resideInAPackage("uk.gov.safervoices.admin.priority.matrix..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.commons.math3..",
                        "uk.gov.safervoices.admin.priority.matrix..")
                .check(new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                        .importPackages("uk.gov.safervoices.admin.priority.matrix"));
    }
}
