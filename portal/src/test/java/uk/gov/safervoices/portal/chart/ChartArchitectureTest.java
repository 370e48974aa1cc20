package uk.gov.safervoices.portal.chart;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The charts are plain Java: no Micronaut, no servlet or HTTP types, no other project code. The one exception is
 * Handlebars' own HTML escaping ({@code Handlebars.Utils.escapeExpression}), the escaping every view already uses
 * (docs/adr/0015-charts-as-server-rendered-svg.md).
 */
class ChartArchitectureTest {

    private final JavaClasses charts = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("uk.gov.safervoices.portal.chart");

    @Test
    void importsOnlyTheJdkAndHandlebarsEscaping() {
        classes().that().resideInAPackage("uk.gov.safervoices.portal.chart..")
                .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "the JDK, the chart package or Handlebars.Utils",
                        type -> type.getPackageName().startsWith("java.")
                                || type.getPackageName().startsWith("uk.gov.safervoices.portal.chart")
                                || type.getName().equals("com.github.jknack.handlebars.Handlebars$Utils")
                                || type.getName().equals("com.github.jknack.handlebars.Handlebars")))
                .check(charts);
    }
}
