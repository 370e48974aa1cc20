package uk.gov.safervoices.admin.crime.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The crime indicators core is plain Java: no framework, no database, no other project code. */
class CrimeCoreArchitectureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("uk.gov.safervoices.admin.crime.core");

    @Test
    void importsOnlyTheJdk() {
        classes().that().resideInAPackage("uk.gov.safervoices.admin.crime.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "uk.gov.safervoices.admin.crime.core..")
                .check(core);
    }
}
