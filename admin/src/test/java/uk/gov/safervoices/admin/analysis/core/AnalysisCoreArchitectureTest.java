package uk.gov.safervoices.admin.analysis.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The analysis core is plain Java plus Commons Math: no framework, no database, no other project code. The ranked
 * concerns engine built on it is held to the same rule, with the core as its only project dependency.
 */
class AnalysisCoreArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("uk.gov.safervoices.admin.analysis.core", "uk.gov.safervoices.admin.analysis.concerns");

    @Test
    void importsOnlyTheJdkAndCommonsMath() {
        classes().that().resideInAPackage("uk.gov.safervoices.admin.analysis.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.commons.math3..",
                        "uk.gov.safervoices.admin.analysis.core..")
                .check(core);
    }

    @Test
    void theConcernsEngineImportsOnlyTheJdkCommonsMathAndTheCore() {
        classes().that().resideInAPackage("uk.gov.safervoices.admin.analysis.concerns..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.commons.math3..",
                        "uk.gov.safervoices.admin.analysis.core..", "uk.gov.safervoices.admin.analysis.concerns..")
                .check(core);
    }
}
