package uk.gov.safervoices.definitions;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The whole questionnaire engine is plain Java 17 plus SnakeYAML: no framework, no database. */
class DefinitionsArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("uk.gov.safervoices.definitions");

    @Test
    void importsOnlyTheJdkSnakeYamlAndItself() {
        classes().that().resideInAPackage("uk.gov.safervoices.definitions..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.yaml.snakeyaml..",
                        "uk.gov.safervoices.definitions..")
                .check(engine);
    }

    @Test
    void onlyTheLoaderReadsYaml() {
        classes().that().resideOutsideOfPackage("uk.gov.safervoices.definitions.load..")
                .and().resideInAPackage("uk.gov.safervoices.definitions..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.yaml.snakeyaml..")
                .check(engine);
    }
}
