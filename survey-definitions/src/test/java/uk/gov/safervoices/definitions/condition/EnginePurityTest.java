package uk.gov.safervoices.definitions.condition;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The condition and answer engine is plain Java: it uses only the JDK and the engine's own model. */
class EnginePurityTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/")) // also target-<suffix>/
            .importPackages("uk.gov.safervoices.definitions.condition", "uk.gov.safervoices.definitions.answers");

    @Test
    void usesOnlyTheJdkTheModelAndTextUtilities() {
        classes().that().resideInAnyPackage("..definitions.condition..", "..definitions.answers..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..",
                        "uk.gov.safervoices.definitions.condition..", "uk.gov.safervoices.definitions.answers..",
                        "uk.gov.safervoices.definitions.model..", "uk.gov.safervoices.definitions.text..")
                .check(engine);
    }
}
